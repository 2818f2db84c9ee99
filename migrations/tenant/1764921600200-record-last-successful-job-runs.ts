import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each job last succeeded, apart from how its latest run went: a link check that failed
 * tonight must not hide from /metrics that the last good one was yesterday's.
 */
export class RecordLastSuccessfulJobRuns1764921600200 implements MigrationInterface {
  name = 'RecordLastSuccessfulJobRuns1764921600200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE job_runs ADD COLUMN last_succeeded_at timestamptz');
    await queryRunner.query(
      `UPDATE job_runs SET last_succeeded_at = last_finished_at WHERE last_outcome = 'ok'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE job_runs DROP COLUMN last_succeeded_at');
  }
}
