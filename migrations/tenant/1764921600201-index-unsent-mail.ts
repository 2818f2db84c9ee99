import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's messages not (yet) sent, by status: what /metrics counts for every tenant at each
 * scrape, from this small index instead of the whole outbox, which keeps every message sent.
 */
export class IndexUnsentMail1764921600201 implements MigrationInterface {
  name = 'IndexUnsentMail1764921600201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX outbox_unsent_idx ON outbox (status) WHERE status <> 'sent'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX outbox_unsent_idx');
  }
}
