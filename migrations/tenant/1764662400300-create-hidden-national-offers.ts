import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national offers a municipality has hidden from its own host. Kept in the municipality's
 * schema (not the national tenant's), so hiding is the municipality's own data: it leaves with its
 * backup, and no tenant ever writes into another's schema. `offer_id` names an offer of the
 * national tenant, so it carries no foreign key.
 */
export class CreateHiddenNationalOffers1764662400300 implements MigrationInterface {
  name = 'CreateHiddenNationalOffers1764662400300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE hidden_national_offers (
        offer_id uuid PRIMARY KEY,
        hidden_by text,
        hidden_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE hidden_national_offers');
  }
}
