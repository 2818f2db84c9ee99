import { Injectable } from '@nestjs/common';
import { Actor, AuditLog, changedFields } from '@socialkompas/auth';
import {
  forgetResolvedHosts,
  TenancyService,
  Tenant,
  TenantProvisioningService,
} from '@socialkompas/tenancy';

/**
 * A change of a tenant's settings in one transaction: the row locked and changed, the change
 * audited in the tenant's log as `update_settings` (the fields `view` shows, before and after).
 */
@Injectable()
export class AuditedSettingsChange {
  constructor(
    private readonly provisioning: TenantProvisioningService,
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
  ) {}

  async apply(
    tenant: Tenant,
    changes: Record<string, unknown>,
    view: (tenant: Tenant) => object,
    actor: Actor,
  ): Promise<Tenant> {
    const updated = await this.tenancy.run(tenant, async (manager) => {
      const { before, after } = await this.provisioning.changeSettings(manager, tenant, changes);
      const changed = changedFields(view(before), view(after));
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
    // After the commit, so no request can remember the old settings as current.
    forgetResolvedHosts();
    return updated;
  }
}
