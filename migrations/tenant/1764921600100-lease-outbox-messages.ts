import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox messages are claimed with a lease instead of a row lock held while SMTP talks: a sender
 * sets `claimed_until`/`claimed_by` in a short committed transaction, sends, and marks the
 * message sent in a transaction of its own. A sender that dies leaves at most the message it was
 * sending claimed; once the lease has run out it is due again.
 */
export class LeaseOutboxMessages1764921600100 implements MigrationInterface {
  name = 'LeaseOutboxMessages1764921600100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE outbox ADD COLUMN claimed_until timestamptz, ADD COLUMN claimed_by text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN claimed_until, DROP COLUMN claimed_by`);
  }
}
