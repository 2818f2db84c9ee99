import type { DataSource } from 'typeorm';
import { ProblemError } from '@socialkompas/http';
import {
  forgetResolvedHosts,
  SCHEMA_CHANGE_LOCK_KEY,
  Tenant,
  TenantNotFoundError,
} from '@socialkompas/tenancy';
import { TenantBackupsRepository } from './tenant-backups.repository';

/**
 * Why a tenant may not be deleted yet, in words the operator can act on: a wrong confirmation is
 * bad input (400); a tenant still active or changed since its backup is in the wrong state (409).
 */
export class TenantDeletionRefusedError extends ProblemError {
  readonly code = 'tenant-deletion-refused';
  override readonly status: number;

  constructor(
    message: string,
    override readonly field: 'confirm' | 'status' | 'backup',
  ) {
    super(message, field);
    this.status = field === 'confirm' ? 400 : 409;
  }
}

/**
 * Deletes a tenant for good: only a suspended one (soft first), only with its slug typed as the
 * confirmation, and only when a backup was taken after its last change. Logged in the platform's
 * own log, since the tenant's audit log goes with its schema.
 */
export async function deleteTenant(
  dataSource: DataSource,
  input: { slug: string; confirm: string; actorLabel: string; actorUserId?: string | null },
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_CHANGE_LOCK_KEY]);
    const tenant = await manager.findOne(Tenant, {
      where: { slug: input.slug },
      lock: { mode: 'pessimistic_write' },
    });
    if (!tenant) throw new TenantNotFoundError(input.slug);
    if (input.confirm !== tenant.slug)
      throw new TenantDeletionRefusedError(
        `Skriv tenantens slug "${tenant.slug}" som bekræftelse.`,
        'confirm',
      );
    if (tenant.status !== 'suspended')
      throw new TenantDeletionRefusedError(`Suspendér "${tenant.slug}" før den slettes.`, 'status');
    const backups = new TenantBackupsRepository(manager);
    const lastChange = await backups.lastChangeOf(tenant);
    const backup = await backups.currentBackupOf(tenant, lastChange);
    if (!backup)
      throw new TenantDeletionRefusedError(
        `Der er ingen backup af "${tenant.slug}" taget efter dens seneste ændring (${lastChange.toISOString()}): tag en med \`tenant export\` eller "Hent sikkerhedskopi" først.`,
        'backup',
      );
    await backups.deleteTenant(tenant);
    await backups.logPlatformAction({
      action: 'delete_tenant',
      tenantId: tenant.id,
      slug: tenant.slug,
      actorLabel: input.actorLabel,
      actorUserId: input.actorUserId,
      details: { name: tenant.name, backup: backup.fileName, backupTakenAt: backup.takenAt },
    });
  });
  forgetResolvedHosts();
}
