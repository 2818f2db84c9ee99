import { Injectable, OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { routeAccess, RouteAccess } from './route-access';

export interface DeclaredRoute {
  controller: string;
  handler: string;
  /** e.g. `PATCH`, `GET` */
  method: string;
  /** e.g. `/api/v1/offers/:id` */
  path: string;
  access: RouteAccess;
}

const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every HTTP handler of the application with the access it declares. */
export function declaredRoutes(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const handlerPath = reflector.get<string | undefined>(PATH_METADATA, handler as never);
      // Only methods with a route path are handlers.
      if (handlerPath === undefined) continue;
      const controllerPath = reflector.get<string>(PATH_METADATA, wrapper.metatype) ?? '';
      const method = reflector.get<RequestMethod>(METHOD_METADATA, handler as never);
      routes.push({
        controller: wrapper.metatype.name,
        handler: name,
        method: RequestMethod[method],
        path: joinPath(controllerPath, handlerPath),
        access: routeAccess(reflector, handler, wrapper.metatype),
      });
    }
  }
  return routes;
}

/** Refuses to start an application with a route that states neither `@Public` nor `@Roles`. */
@Injectable()
export class RouteAccessCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = declaredRoutes(this.discovery, this.scanner, this.reflector).filter(
      (route) => route.access.kind === 'undeclared',
    );
    if (undeclared.length > 0) {
      throw new Error(
        `Routes without an access declaration (@Public or @Roles): ${undeclared
          .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`)
          .join(', ')}`,
      );
    }
  }
}
