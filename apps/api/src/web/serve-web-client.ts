import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(api|health|auth|offer-actions)(\/|$)/;

/**
 * Serves the built web client on the API's port: its files, and index.html for every other page
 * so client-side routes survive a reload. Returns false when the client has not been built.
 */
export function serveWebClient(app: NestExpressApplication, distDir: string): boolean {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.sendFile(indexFile, { headers: { 'Cache-Control': 'no-cache' } });
  });
  return true;
}
