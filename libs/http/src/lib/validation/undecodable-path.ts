import { BadRequestException } from '@nestjs/common';
import type { Application, NextFunction, Request, Response } from 'express';
import { invalidFields } from './validation-pipe';

const decodes = (segment: string): boolean => {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
};

/**
 * The name of the parameter that the route table puts at `index` of a path shaped like
 * `segments` (`id` of `/api/v1/offers/:id` for `/api/v1/offers/%E0`). Routes of the same shape
 * name a parameter in the same place alike, so the first match answers.
 */
function parameterNameAt(app: Application, segments: string[], index: number): string | undefined {
  for (const { route } of app.router.stack) {
    // A route may also be mounted on a RegExp or a list of paths; none of ours is.
    if (typeof route?.path !== 'string') continue;
    const routeSegments = route.path.split('/');
    if (routeSegments.length !== segments.length || !routeSegments[index].startsWith(':')) continue;
    const sameShape = routeSegments.every(
      (part, position) => part.startsWith(':') || part.toLowerCase() === segments[position].toLowerCase(),
    );
    if (sameShape) return routeSegments[index].slice(1);
  }
  return undefined;
}

/**
 * Express answers a path with a broken %-escape (`/api/v1/offers/%E0%A4%A`) with an English 400
 * that names nothing. This answers first, in Danish, naming the route parameter where there is one.
 */
export function refuseUndecodablePaths(request: Request, _response: Response, next: NextFunction): void {
  if (!request.path.includes('%')) return next();
  const segments = request.path.split('/');
  const index = segments.findIndex((segment) => !decodes(segment));
  if (index < 0) return next();
  const name = parameterNameAt(request.app, segments, index);
  next(
    name
      ? invalidFields([
          { field: name, message: `${name} i adressen har en ugyldig %-kode. Ret adressen, og prøv igen.` },
        ])
      : new BadRequestException({
          title: 'Ugyldig adresse',
          detail: `Adressen har en ugyldig %-kode i "${segments[index]}". Ret adressen, og prøv igen.`,
        }),
  );
}
