import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two editorial flags. `organizations.trusted`: the tenant trusts the association, so its own
 * changes need no review. `locations.needs_check`: the place came from what an association typed
 * into a suggestion and waits for an editor to check it (cleared when an editor saves the places).
 */
export class AddTrustedOrganizationsAndPlacesToCheck1764489600000 implements MigrationInterface {
  name = 'AddTrustedOrganizationsAndPlacesToCheck1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organizations ADD COLUMN trusted boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE locations ADD COLUMN needs_check boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE locations DROP COLUMN needs_check`);
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN trusted`);
  }
}
