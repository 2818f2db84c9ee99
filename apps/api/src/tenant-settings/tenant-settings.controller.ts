import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, AuditLog, changedFields, CurrentActor, Roles } from '@socialkompas/auth';
import { freshnessSettings } from '@socialkompas/catalogue';
import {
  CurrentTenant,
  TenancyService,
  Tenant,
  tenantPublicContact,
  TenantProvisioningService,
} from '@socialkompas/tenancy';
import { clearedAsNull } from '../http/clearable-fields';
import { JobRunner } from '../jobs/job-runner';
import { TenantSettingsDto, UpdateTenantSettingsDto } from './tenant-settings.dto';

function settingsOf(tenant: Tenant): TenantSettingsDto {
  return { freshness: freshnessSettings(tenant), publicContact: tenantPublicContact(tenant) };
}

/**
 * A tenant administrator's freshness rules and job times, and the contact details of the public
 * footer; a change reschedules the tenant's jobs at once.
 */
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
  @ApiOkResponse({ type: TenantSettingsDto })
  get(@CurrentTenant() tenant: Tenant): TenantSettingsDto {
    return settingsOf(tenant);
  }

  @Patch()
  @ApiOkResponse({ type: TenantSettingsDto, description: 'The settings as saved.' })
  async update(
    @CurrentTenant() tenant: Tenant,
    @Body() changes: UpdateTenantSettingsDto,
    @CurrentActor() actor: Actor,
  ): Promise<TenantSettingsDto> {
    const before = settingsOf(tenant);
    const updated = await this.provisioning.updateSettings(
      tenant,
      Object.fromEntries(Object.entries(changes).map(([field, value]) => [field, clearedAsNull(value)])),
    );
    const after = settingsOf(updated);
    await this.jobs.scheduleTenant(updated);
    await this.tenancy.run(updated, () =>
      this.auditLog.record({
        entityType: 'tenant',
        entityId: tenant.id,
        action: 'update_settings',
        actor,
        changes: changedFields(
          { ...before.freshness, ...before.publicContact },
          { ...after.freshness, ...after.publicContact },
        ),
      }),
    );
    return after;
  }
}
