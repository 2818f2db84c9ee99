import {
  ForbiddenException,
  Inject,
  Injectable,
  NestMiddleware,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { TenantRegistry } from '../registry/tenant-registry.service';
import { serviceabilityOf } from '../registry/tenant-serviceability';
import { TENANCY_OPTIONS, TenancyOptions } from '../tenancy.options';
import { recallResolvedHost, rememberResolvedHost, resolvedHostsGeneration } from './resolved-hosts';
import { TenantAwareRequest } from './tenant-request';

/**
 * Resolves the request's Host to a tenant. Unknown hosts get 404, suspended tenants 403, and a
 * tenant whose schema is behind the code's migrations 503, so no handler ever runs against a
 * schema it does not understand. A serviceable tenant is remembered for a moment (resolved-hosts),
 * so a busy host costs no registry query per request.
 */
@Injectable()
export class TenantResolutionMiddleware implements NestMiddleware {
  constructor(
    private readonly registry: TenantRegistry,
    @Inject(TENANCY_OPTIONS) private readonly options: TenancyOptions,
  ) {}

  /** Platform routes serve any host, and know the tenant (for its staff login) only where there is one. */
  protected readonly tenantRequired: boolean = true;

  async use(request: TenantAwareRequest, _response: Response, next: NextFunction): Promise<void> {
    const host = request.headers.host ?? '';
    const remembered = recallResolvedHost(host);
    if (remembered) {
      request.tenant = remembered;
      return next();
    }
    const since = resolvedHostsGeneration();
    const tenant = await this.registry.findByHost(host, this.options.baseDomain);
    if (!tenant && !this.tenantRequired) return next();
    if (!tenant) {
      throw new NotFoundException({
        title: 'Ukendt adresse',
        detail: `Der findes ingen kommune eller region på adressen "${host}".`,
      });
    }
    const serviceability = serviceabilityOf(tenant, this.options.migrations);
    if (serviceability === 'suspended') {
      throw new ForbiddenException({
        title: 'Tjenesten er lukket',
        detail: `${tenant.name} har midlertidigt lukket Socialkompas. Kontakt kommunen for hjælp.`,
      });
    }
    if (serviceability === 'migrating') {
      throw new ServiceUnavailableException({
        title: 'Opdatering i gang',
        detail: `${tenant.name} bliver opdateret. Prøv igen om lidt.`,
      });
    }
    // Only serviceable tenants are remembered: a refusal is always checked afresh.
    rememberResolvedHost(host, tenant, since);
    request.tenant = tenant;
    next();
  }
}

/** Resolution for platform routes: a host without a tenant is no error there. */
@Injectable()
export class OptionalTenantResolutionMiddleware extends TenantResolutionMiddleware {
  protected override readonly tenantRequired = false;
}
