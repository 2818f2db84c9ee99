import { createHash } from 'node:crypto';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { MigrationRunner } from '@socialkompas/tenancy';
import { TenantBackupsRepository } from './tenant-backups.repository';
import { exportTenant, ExportSummary } from './tenant-export';

export interface TakenBackup extends ExportSummary {
  fileName: string;
  bytes: number;
  sha256: string;
}

/** `<slug>-<yyyy-mm-dd>.skbackup.jsonl.gz`, the name a downloaded backup is saved under. */
export function backupFileName(slug: string, at = new Date()): string {
  return `${slug}-${at.toISOString().slice(0, 10)}.skbackup.jsonl.gz`;
}

/** Counts and hashes the bytes that pass, so a backup is measured as it is written, not read back. */
class BackupMeter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void,
  ) {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Writes a whole-tenant backup to `destination` (a file, a download) and records it in
 * platform.tenant_backups once every byte is delivered: the record is what lets the tenant be
 * deleted, so a backup that failed or was cancelled half-way is never recorded.
 */
export async function takeTenantBackup(
  dataSource: DataSource,
  migrationRunner: MigrationRunner,
  input: { slug: string; destination: Writable; fileName: string; takenBy: string },
): Promise<TakenBackup> {
  const meter = new BackupMeter();
  const delivered = pipeline(meter, input.destination);
  delivered.catch(() => undefined); // awaited below, after the export
  let summary: ExportSummary;
  try {
    summary = await exportTenant(dataSource, migrationRunner, input.slug, meter);
  } catch (error) {
    meter.destroy(error as Error);
    throw error;
  }
  await delivered;
  const backup = { ...summary, fileName: input.fileName, bytes: meter.bytes, sha256: meter.digest() };
  await new TenantBackupsRepository(dataSource.manager).record({
    tenantId: backup.tenantId,
    slug: backup.slug,
    tenantChangedAt: backup.tenantChangedAt,
    fileName: backup.fileName,
    bytes: backup.bytes,
    sha256: backup.sha256,
    takenBy: input.takenBy,
  });
  return backup;
}
