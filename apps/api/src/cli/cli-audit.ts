import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { CliContext } from './cli-context';

/** Whoever runs the command line already holds the database: they act as the platform operator. */
export const OPERATOR_ACTOR: Actor = { userId: null, label: 'kommandolinjen', ip: null };

/** Records a change the command line made to a tenant in that tenant's audit log. */
export function recordTenantChange(
  context: CliContext,
  tenant: Tenant,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const tenancy = new TenancyService(context.dataSource);
  return tenancy.run(tenant, () =>
    new AuditLog(tenancy).recordAbout('tenant', tenant, action, OPERATOR_ACTOR, changes),
  );
}
