import type { NextFunction, Request, Response } from 'express';

/**
 * Open data is for any web page to read: every answer under /hsds, errors included (an unknown
 * host, a bad parameter, a 500), may be read from any origin. Mounted before everything that can
 * answer, so no answer leaves without it. A preflight is answered here: GET is all there is.
 */
export function allowAnyOrigin(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  // helmet's same-origin default would keep other sites' scripts from reading the data.
  response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    const asked = request.headers['access-control-request-headers'];
    if (asked) response.setHeader('Access-Control-Allow-Headers', asked);
    response.setHeader('Access-Control-Max-Age', '86400');
    response.status(204).end();
    return;
  }
  next();
}
