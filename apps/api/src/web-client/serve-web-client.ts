import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PublicTenantDto, TenantRegistry } from '@socialkompas/tenancy';
import type { NextFunction, Request, Response } from 'express';
import { renderIndex, webManifest } from './render-index-with-tenant-theme';

const API_PATHS = /^\/(api|hsds|health|metrics|auth|offer-actions|was|logo)(\/|$)/;
/** Built files and icons: one that is missing is a 404, never the page (a script would get HTML). */
const FILE_PATHS = /^\/(assets|icons)\//;
/** Vite's build files, named after a hash of their content (`assets/index-BXy3kz9a.js`). */
const HASHED_FILE = /^assets\/[^/]+-[\w-]{8}\.\w+$/;
/** A hashed file never changes under its name: a new build links new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web client on the API's port: its files, the tenant's manifest, and index.html
 * (themed for the host's tenant) for every other page so client-side routes survive a reload.
 * Returns false when the client has not been built.
 */
export function serveWebClient(app: NestExpressApplication, distDir: string, baseDomain: string): boolean {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const template = readFileSync(indexFile, 'utf8');
  const registry = app.get(TenantRegistry);

  /** Only an active tenant is inlined; the client shows the API's own refusal for the rest. */
  const tenantOf = async (request: Request): Promise<PublicTenantDto | undefined> => {
    const tenant = await registry.findByHost(request.headers.host ?? '', baseDomain);
    return tenant?.status === 'active' ? PublicTenantDto.from(tenant) : undefined;
  };

  app.use('/sw.js', (_request: Request, response: Response, next: NextFunction) => {
    // The service worker must be fetched afresh, or an old one keeps serving an old client.
    response.setHeader('Cache-Control', 'no-cache');
    next();
  });
  app.useStaticAssets(root, {
    index: false,
    maxAge: '1h',
    setHeaders: (response, file) => {
      if (HASHED_FILE.test(relative(root, file))) response.setHeader('Cache-Control', IMMUTABLE);
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || FILE_PATHS.test(request.path))
      return next();
    if (request.path === '/manifest.webmanifest') {
      return void tenantOf(request).then((tenant) => {
        response.type('application/manifest+json').setHeader('Cache-Control', 'no-cache');
        response.send(JSON.stringify(webManifest(tenant)));
      }, next);
    }
    if (!request.accepts('html')) return next();
    tenantOf(request).then((tenant) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.type('html').send(renderIndex(template, tenant));
    }, next);
  });
  return true;
}
