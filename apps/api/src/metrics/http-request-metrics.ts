import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Histogram } from 'prom-client';
import type { MetricsRegistry } from '@socialkompas/http';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Tenant resolution's catch-all middleware route: the only route of a request no controller matched. */
const CATCH_ALL = '/{*rest}';

/**
 * The route template a request matched (`/api/v1/offers/:id`), never its URL: ids, slugs and
 * query strings would make a series per request. Tenants share a template, so no tenant is in
 * it either. What matched no route (the web client's pages and files, unknown paths) is `unmatched`.
 */
function routeOf(request: Request): string {
  const path: unknown = request.route?.path;
  return typeof path === 'string' && path !== CATCH_ALL ? `${request.baseUrl}${path}` : 'unmatched';
}

/** Every request's time until its answer is sent, by method, route template and status class. */
export function httpRequestMetrics(registry: MetricsRegistry): RequestHandler {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to its answer, by method, route template and status class (2xx, 4xx, …)',
    labelNames: ['method', 'route', 'status_class'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return (request: Request, response: Response, next: NextFunction) => {
    const end = duration.startTimer();
    response.once('finish', () =>
      end({
        method: METHODS.has(request.method) ? request.method : 'other',
        route: routeOf(request),
        status_class: `${Math.floor(response.statusCode / 100)}xx`,
      }),
    );
    next();
  };
}
