import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, AuditLog, changedFields, CurrentActor } from '@socialkompas/auth';
import { clearedAsNull, Roles } from '@socialkompas/http';
import { freshnessSettings } from '@socialkompas/catalogue';
import {
  CurrentTenant,
  forgetResolvedHosts,
  TenancyService,
  Tenant,
  TenantProvisioningService,
  tenantPublicContact,
} from '@socialkompas/tenancy';
import { TenantSettingsDto, UpdateTenantSettingsDto } from './tenant-settings.dto';

function settingsOf(tenant: Tenant): TenantSettingsDto {
  return { freshness: freshnessSettings(tenant), publicContact: tenantPublicContact(tenant) };
}

/**
 * A tenant administrator's freshness rules and job times, and the contact details of the public
 * footer; a change reschedules the tenant's jobs at once (the registry's notification reaches the job reconciler).
 */
@ApiTags('settings (tenant admin)')
@Controller('api/v1/admin/settings')
@Roles('tenant_admin')
export class TenantSettingsController {
  constructor(
    private readonly provisioning: TenantProvisioningService,
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
    const cleared = Object.fromEntries(
      Object.entries(changes).map(([field, value]) => [field, clearedAsNull(value)]),
    );
    // One transaction: the row locked and changed, the change audited.
    const updated = await this.tenancy.run(tenant, async (manager) => {
      const { before, after } = await this.provisioning.changeSettings(manager, tenant, cleared);
      const [from, to] = [settingsOf(before), settingsOf(after)];
      const changed = changedFields(
        { ...from.freshness, ...from.publicContact },
        { ...to.freshness, ...to.publicContact },
      );
      if (Object.keys(changed).length > 0) {
        await this.auditLog.record({
          entityType: 'tenant',
          entityId: tenant.id,
          action: 'update_settings',
          actor,
          changes: changed,
        });
      }
      return after;
    });
    forgetResolvedHosts();
    return settingsOf(updated);
  }
}
