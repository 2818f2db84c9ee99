import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `search_changes`: which offers each step of `search_state.generation` changed, written by the
 * search index in the same transaction as the step, so a process holding the snapshot of an
 * older generation reloads only those offers instead of the whole catalogue. `offer_ids` is NULL
 * when the step may have changed anything (an organisation's status, a term), which asks for a
 * whole reload. Only the latest steps are kept; a process further behind reloads everything.
 */
export class RecordSearchChanges1764662400100 implements MigrationInterface {
  name = 'RecordSearchChanges1764662400100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE search_changes (generation bigint PRIMARY KEY, offer_ids uuid[])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_changes`);
  }
}
