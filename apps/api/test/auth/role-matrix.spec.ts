import { randomUUID } from 'node:crypto';
import { Controller, Get } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { DeclaredRoute, declaredRoutes, RouteAccessCheck } from '@socialkompas/auth';
import { INVITABLE_ROLES, STAFF_ROLES, StaffRole } from '@socialkompas/http';
import { BrowserClient, LoginFixture, uniqueSlug } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * The application's route table as Express holds it: `METHOD /path` for every route. Nest mounts
 * middleware as routes for every method at once; handlers (no `@All` here) have one method each.
 */
function expressRoutes(fixture: LoginFixture): string[] {
  const express = fixture.testApp.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack.flatMap((layer) => {
    const methods = Object.keys(layer.route?.methods ?? {});
    return methods.length === 1 ? [`${methods[0].toUpperCase()} ${layer.route?.path}`] : [];
  });
}

describe('role matrix: every route in the route table states who may call it', () => {
  let fixture: LoginFixture;
  let site: { tenant: Tenant; host: string };
  let routes: DeclaredRoute[];
  const matrixSlug = uniqueSlug('matrix');
  const browsers = new Map<StaffRole, { browser: BrowserClient; csrf: string }>();

  beforeAll(async () => {
    fixture = await LoginFixture.start(
      INVITABLE_ROLES.map((role) => ({ login: role, name: role, email: `${role}@example.dk` })),
      { env: { PLATFORM_ADMIN_TENANT: matrixSlug }, smtp: true },
    );
    site = await fixture.tenant('matrix', { slug: matrixSlug });
    for (const role of INVITABLE_ROLES) {
      await fixture.invite(site.tenant, role, role);
      const browser = new BrowserClient();
      expect((await fixture.login(browser, site.host, role)).json()).toMatchObject({ role });
      browsers.set(role, { browser, csrf: await fixture.csrfToken(browser, site.host) });
    }
    // An association's member has no IdP: invited to one association, they log in by e-mail link.
    const association = new BrowserClient();
    await fixture.inviteAssociationMember(site.tenant, 'forening@example.dk');
    expect((await fixture.loginByEmailLink(association, site.host, 'forening@example.dk')).status).toBe(200);
    expect((await association.get(`http://${site.host}/api/v1/me`)).json()).toMatchObject({ role: 'association' });
    browsers.set('association', { browser: association, csrf: await fixture.csrfToken(association, site.host) });
    expect([...browsers.keys()].sort()).toEqual([...STAFF_ROLES].sort());
    const app = fixture.testApp.app;
    routes = declaredRoutes(app.get(DiscoveryService), app.get(MetadataScanner), app.get(Reflector));
  });

  afterAll(() => fixture.close());

  const concretePath = (path: string) =>
    path
      // Never the tenant's own slug: the platform routes would suspend it in the middle of the matrix.
      .replace(':slug', 'ukendt_kommune')
      .replace(':vocabulary', 'challenge')
      .replace(':action', 'publish')
      .replace(/:[a-zA-Z]+/g, randomUUID());

  const call = (browser: BrowserClient, route: DeclaredRoute, headers: Record<string, string> = {}) =>
    browser.request(route.method, `http://${site.host}${concretePath(route.path)}`, {
      followRedirects: false,
      headers: { accept: 'application/json', ...headers },
      ...(route.method === 'GET' ? {} : { json: {} }),
    });

  it('has a declaration (@Public or @Roles) for every route Express serves', () => {
    const declared = new Map(routes.map((route) => [`${route.method} ${route.path}`, route.access.kind]));
    const served = expressRoutes(fixture).filter((route) => !route.includes('/api/docs'));
    expect(served.length).toBeGreaterThan(30);
    for (const route of served)
      expect([route, declared.get(route)]).toEqual([route, expect.stringMatching(/^(public|roles)$/)]);
  });

  it('answers 401 to anonymous callers, 403 to the wrong roles, and lets the declared roles through', async () => {
    const protectedRoutes = routes.filter((route) => route.access.kind === 'roles');
    expect(protectedRoutes.length).toBeGreaterThan(20);
    // The coordinators' routes across a region's members are walked like every other.
    expect(protectedRoutes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/region/search',
        'GET /api/v1/region/statistics',
        'GET /api/v1/region/municipalities/:slug/offers/:id',
      ]),
    );
    for (const route of protectedRoutes) {
      const roles = route.access.kind === 'roles' ? route.access.roles : [];
      expect([route.path, (await call(new BrowserClient(), route)).status]).toEqual([route.path, 401]);
      // Logging out would end the session the rest of the matrix uses; the login suite covers it.
      if (route.path === '/auth/logout') continue;
      for (const [role, { browser, csrf }] of browsers) {
        const { status } = await call(browser, route, { 'x-csrf-token': csrf });
        const expected = roles.includes(role) ? 'allowed' : 'forbidden';
        const outcome = status === 403 ? 'forbidden' : status === 401 ? 'unauthenticated' : 'allowed';
        expect(`${route.method} ${route.path} as ${role}: ${outcome}`).toBe(
          `${route.method} ${route.path} as ${role}: ${expected}`,
        );
      }
    }
  });

  it('keeps public routes open without login', async () => {
    for (const route of routes.filter((route) => route.access.kind === 'public' && route.method === 'GET')) {
      const { status } = await call(new BrowserClient(), route);
      expect([route.path, status === 401 || status === 403]).toEqual([route.path, false]);
    }
  });

  it('refuses to start an application with a route that declares nothing', async () => {
    @Controller('forgotten')
    class ForgottenController {
      @Get()
      list() {
        return [];
      }
    }
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [ForgottenController],
      providers: [RouteAccessCheck],
    }).compile();
    await expect(moduleRef.createNestApplication().init()).rejects.toThrow(
      'Routes without an access declaration (@Public or @Roles): GET /forgotten (ForgottenController.list)',
    );
  });
});
