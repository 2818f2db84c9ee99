import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, AuditLog, CurrentActor, Roles } from '@socialkompas/auth';
import { TenancyService, Tenant, TenantProvisioningService, TenantRegistry } from '@socialkompas/tenancy';
import { CreateTenantDto } from './create-tenant.dto';

/** Onboarding of municipalities and regions by the platform operator; each step lands in the tenant's audit log. */
@ApiTags('platform')
@Controller('api/v1/platform/tenants')
@Roles('platform_admin')
export class PlatformTenantsController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly provisioning: TenantProvisioningService,
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
  ) {}

  @Get()
  list() {
    return this.registry.list();
  }

  @Post()
  async create(@Body() input: CreateTenantDto, @CurrentActor() actor: Actor) {
    const result = await this.provisioning.createTenant(input);
    if (result.created) await this.record(result.tenant, 'create', actor, { ...input });
    return result;
  }

  @Post(':slug/suspend')
  @HttpCode(200)
  async suspend(@Param('slug') slug: string, @CurrentActor() actor: Actor) {
    const tenant = await this.provisioning.setStatus(slug, 'suspended');
    await this.record(tenant, 'suspend', actor, { status: 'suspended' });
    return tenant;
  }

  private record(tenant: Tenant, action: string, actor: Actor, changes: Record<string, unknown>) {
    return this.tenancy.run(tenant, () =>
      this.auditLog.record({ entityType: 'tenant', entityId: tenant.id, action, actor, changes }),
    );
  }
}
