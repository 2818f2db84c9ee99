import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, AuditLog, changedFields, CurrentActor, Roles } from '@socialkompas/auth';
import { freshnessSettings } from '@socialkompas/catalogue';
import { CurrentTenant, TenancyService, Tenant, TenantProvisioningService } from '@socialkompas/tenancy';
import { JobRunner } from '../jobs/job-runner';
import { FreshnessSettingsDto } from './freshness-settings.dto';

/** A tenant administrator's freshness rules and job times; a change reschedules the tenant's jobs at once. */
@ApiTags('settings (tenant admin)')
@Controller('api/v1/admin/settings')
@Roles('tenant_admin')
export class TenantSettingsController {
  constructor(
    private readonly provisioning: TenantProvisioningService,
    private readonly jobs: JobRunner,
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
  ) {}

  @Get()
  get(@CurrentTenant() tenant: Tenant) {
    return { freshness: freshnessSettings(tenant) };
  }

  @Patch()
  async update(
    @CurrentTenant() tenant: Tenant,
    @Body() changes: FreshnessSettingsDto,
    @CurrentActor() actor: Actor,
  ) {
    const before = freshnessSettings(tenant);
    const updated = await this.provisioning.updateSettings(tenant, { ...changes });
    const after = freshnessSettings(updated);
    await this.jobs.scheduleTenant(updated);
    await this.tenancy.run(updated, () =>
      this.auditLog.record({
        entityType: 'tenant',
        entityId: tenant.id,
        action: 'update_settings',
        actor,
        changes: changedFields(before, after),
      }),
    );
    return { freshness: after };
  }
}
