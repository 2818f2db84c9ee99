/**
 * The whole-tenant backup file, version 1: gzip'd JSON lines, one object per line, in this order:
 *
 * 1. `header`: the format name and version, when it was taken, the tenant's registry row (id, slug,
 *    name, kind, status, theme, settings), its schema version and the names of the tenant
 *    migrations applied to it (a restore needs a build that knows every one of them).
 * 2. `platform`: one line per platform table with rows of the tenant (`tenant_domains`,
 *    `memberships`, `oidc_providers` without the encrypted client secret, `tenant_logos`, …), the
 *    `users` its memberships name, and its region (a municipality's region slug, a region's
 *    member slugs).
 * 3. per table of the tenant schema, parents before children: a `table` line with its columns,
 *    then `rows` lines of at most ROWS_PER_LINE rows as JSON objects (PostgreSQL's `to_jsonb`).
 * 4. `end`: rows per table, so a cut-off file is recognised instead of half restored.
 *
 * Sessions, login links and login requests are never in a backup: they are secrets, and a
 * restored tenant's people log in again.
 */
export const BACKUP_FORMAT = 'socialkompas-tenant-backup';
export const BACKUP_VERSION = 1;
export const ROWS_PER_LINE = 500;

export interface BackedUpTenant {
  id: string;
  slug: string;
  name: string;
  kind: string;
  status: string;
  theme: Record<string, unknown>;
  settings: Record<string, unknown>;
}

export interface BackupHeader {
  type: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  takenAt: string;
  tenant: BackedUpTenant;
  schemaVersion: number;
  migrations: string[];
}

export interface PlatformLine {
  type: 'platform';
  table: string;
  rows: Record<string, unknown>[];
}

export interface RegionLine {
  type: 'region';
  /** The region a municipality belongs to. */
  memberOf: string | null;
  /** The municipalities of a region. */
  members: string[];
}

export interface TableLine {
  type: 'table';
  name: string;
  columns: string[];
}

export interface RowsLine {
  type: 'rows';
  table: string;
  rows: Record<string, unknown>[];
}

export interface EndLine {
  type: 'end';
  rows: Record<string, number>;
}

export type BackupLine = BackupHeader | PlatformLine | RegionLine | TableLine | RowsLine | EndLine;

/** Platform tables never backed up: secrets of sessions and logins, and the platform's own records. */
export const PLATFORM_TABLES_NOT_BACKED_UP = [
  'sessions',
  'email_login_links',
  'email_login_requests',
  'tenant_backups',
  'platform_audit_log',
];

/** Columns that hold secrets, left out of every backup. */
export const SECRET_COLUMNS: Record<string, string[]> = {
  oidc_providers: ['client_secret_encrypted'],
};
