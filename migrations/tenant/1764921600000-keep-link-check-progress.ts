import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A link check keeps its progress in batches, so a worker that is stopped or killed mid-run
 * resumes where it was: each URL checked in a run, with what it found, and on each link the run
 * that last recorded it, so a resumed or repeated run records no link, and counts no failure, twice.
 */
export class KeepLinkCheckProgress1764921600000 implements MigrationInterface {
  name = 'KeepLinkCheckProgress1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`ALTER TABLE link_checks ADD COLUMN last_run text`);
    await run(`
      CREATE TABLE link_check_progress (
        run_id text NOT NULL,
        url text NOT NULL,
        -- The checker's finding (kind, status, reason, final URL, title) and the failures within the run.
        result jsonb NOT NULL,
        failures integer NOT NULL,
        checked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (run_id, url)
      )`);
    // Progress is forgotten after a while: a run id is only resumed within hours.
    await run(`CREATE INDEX link_check_progress_checked_at_idx ON link_check_progress (checked_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE link_check_progress');
    await queryRunner.query('ALTER TABLE link_checks DROP COLUMN last_run');
  }
}
