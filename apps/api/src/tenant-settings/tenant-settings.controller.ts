import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { clearedAsNull, Roles } from '@socialkompas/http';
import { freshnessSettings } from '@socialkompas/catalogue';
import { CurrentTenant, Tenant, tenantPublicContact } from '@socialkompas/tenancy';
import { AuditedSettingsChange } from './audited-settings-change';
import { TenantSettingsDto, UpdateTenantSettingsDto } from './tenant-settings.dto';

function settingsOf(tenant: Tenant): TenantSettingsDto {
  return { freshness: freshnessSettings(tenant), publicContact: tenantPublicContact(tenant) };
}

/** The settings as one level of fields, as the audit log records their changes. */
function flatSettingsOf(tenant: Tenant) {
  const { freshness, publicContact } = settingsOf(tenant);
  return { ...freshness, ...publicContact };
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
    private readonly settings: AuditedSettingsChange,
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
    const updated = await this.settings.apply(tenant, cleared, flatSettingsOf, actor);
    return settingsOf(updated);
  }
}
