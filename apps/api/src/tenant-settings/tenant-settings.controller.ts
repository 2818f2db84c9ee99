import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { clearedAsNull, Roles } from '@socialkompas/http';
import { freshnessSettings } from '@socialkompas/catalogue';
import { CurrentTenant, nearbyOffersOf, Tenant, tenantPublicContact } from '@socialkompas/tenancy';
import { AuditedSettingsChange } from './audited-settings-change';
import { TenantSettingsDto, UpdateTenantSettingsDto } from './tenant-settings.dto';

function settingsOf(tenant: Tenant): TenantSettingsDto {
  return {
    freshness: freshnessSettings(tenant),
    publicContact: tenantPublicContact(tenant),
    search: { nearbyOffers: nearbyOffersOf(tenant) },
  };
}

/** The settings as one level of fields, as the audit log records their changes. */
function flatSettingsOf(tenant: Tenant) {
  const { freshness, publicContact, search } = settingsOf(tenant);
  return { ...freshness, ...publicContact, ...search };
}

/**
 * A tenant administrator's freshness rules and job times, the contact details of the public
 * footer, and how far place searches reach (nearbyOffers); a change reschedules the tenant's jobs at once (the registry's notification reaches the job reconciler).
 */
@ApiTags('settings (tenant admin)')
@Controller('api/v1/admin/settings')
@Roles('tenant_admin')
export class TenantSettingsController {
  constructor(private readonly settings: AuditedSettingsChange) {}

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
