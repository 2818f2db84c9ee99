import { createReadStream, createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { deleteTenant } from '../tenant-backup/tenant-deletion';
import { TenantBackupsRepository } from '../tenant-backup/tenant-backups.repository';
import { takeTenantBackup } from '../tenant-backup/tenant-backup-taker';
import { restoreTenant } from '../tenant-backup/tenant-restore';
import { OPERATOR_ACTOR } from './cli-audit';
import { CliContext } from './cli-context';

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`--${flag} mangler.`);
  return value;
}

export async function exportTenantCommand(context: CliContext, values: { slug?: string; file?: string }) {
  const slug = required(values.slug, 'slug');
  const file = values.file ?? `${slug}-${new Date().toISOString().replace(/[:.]/g, '-')}.skbackup.jsonl.gz`;
  const started = Date.now();
  const backup = await takeTenantBackup(context.dataSource, context.migrationRunner, {
    slug,
    destination: createWriteStream(file),
    fileName: basename(file),
    takenBy: OPERATOR_ACTOR.label,
  });
  const rows = Object.values(backup.rows).reduce((sum, count) => sum + count, 0);
  console.log(
    `Backup af ${slug}: ${file} (${rows} rækker, ${backup.bytes} bytes, ${Date.now() - started} ms).`,
  );
}

export async function restoreTenantCommand(
  context: CliContext,
  values: { file?: string; slug?: string; replace?: boolean },
) {
  const file = required(values.file, 'file');
  const started = Date.now();
  const summary = await restoreTenant(context.dataSource, context.migrationRunner, createReadStream(file), {
    slug: values.slug,
    replace: values.replace,
  });
  await new TenantBackupsRepository(context.dataSource.manager).logPlatformAction({
    action: 'restore_tenant',
    tenantId: summary.tenantId,
    slug: summary.slug,
    actorLabel: OPERATOR_ACTOR.label,
    details: { file: basename(file), replace: values.replace ?? false },
  });
  const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  console.log(`Gendannet: ${summary.slug} (${rows} rækker, ${Date.now() - started} ms).`);
  for (const notice of summary.notices) console.log(`Bemærk: ${notice}`);
}

export async function deleteTenantCommand(context: CliContext, values: { slug?: string; confirm?: string }) {
  const slug = required(values.slug, 'slug');
  await deleteTenant(context.dataSource, {
    slug,
    confirm: required(values.confirm, 'confirm'),
    actorLabel: OPERATOR_ACTOR.label,
  });
  console.log(`Slettet: ${slug} (skema t_${slug} og platformens rækker).`);
}
