import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue imports: an external id on offers and organisations, so importing the same file again
 * changes nothing, and the imports themselves (file, mapping, report, progress) in the tenant's
 * schema, so a page reload or another API process sees the same state.
 */
export class AddCatalogueImports1764576000300 implements MigrationInterface {
  name = 'AddCatalogueImports1764576000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`ALTER TABLE offers ADD COLUMN external_id text, ADD COLUMN import_fingerprint text`);
    await run(
      `CREATE UNIQUE INDEX offers_external_id_idx ON offers (external_id) WHERE external_id IS NOT NULL`,
    );
    await run(`ALTER TABLE organizations ADD COLUMN external_id text`);
    await run(
      `CREATE UNIQUE INDEX organizations_external_id_idx ON organizations (external_id) WHERE external_id IS NOT NULL`,
    );
    await run(`
      CREATE TABLE catalogue_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        format text NOT NULL CHECK (format IN ('hsds_package', 'hsds_json', 'sheet')),
        file_name text NOT NULL,
        -- The uploaded files, zipped together: apply reads them again rather than trusting a copy.
        file bytea NOT NULL,
        status text NOT NULL CHECK (status IN ('needs_mapping', 'checking', 'checked', 'applying', 'applied', 'failed')),
        -- Sheets: { columns, sample, mapping: { columns, externalIdColumn } }.
        sheet jsonb,
        file_problems jsonb NOT NULL DEFAULT '[]',
        counts jsonb NOT NULL DEFAULT '{"create": 0, "update": 0, "unchanged": 0, "invalid": 0}',
        progress_done integer NOT NULL DEFAULT 0,
        progress_total integer NOT NULL DEFAULT 0,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz
      )`);
    await run(`CREATE INDEX catalogue_imports_created_idx ON catalogue_imports (created_at DESC)`);
    await run(`
      CREATE TABLE catalogue_import_rows (
        import_id uuid NOT NULL REFERENCES catalogue_imports (id) ON DELETE CASCADE,
        row integer NOT NULL,
        external_id text,
        title text,
        action text NOT NULL CHECK (action IN ('create', 'update', 'unchanged', 'invalid')),
        offer_id uuid,
        problems jsonb NOT NULL DEFAULT '[]',
        has_problems boolean NOT NULL,
        PRIMARY KEY (import_id, row)
      )`);
    await run(
      `CREATE INDEX catalogue_import_rows_problems_idx ON catalogue_import_rows (import_id, row) WHERE has_problems`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue_import_rows');
    await queryRunner.query('DROP TABLE catalogue_imports');
    await queryRunner.query('ALTER TABLE organizations DROP COLUMN external_id');
    await queryRunner.query('ALTER TABLE offers DROP COLUMN external_id, DROP COLUMN import_fingerprint');
  }
}
