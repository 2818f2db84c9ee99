import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations behind the offers (HSDS 3.0 `organization`): associations and municipal units. */
export class CreateOrganizations1764057600000 implements MigrationInterface {
  name = 'CreateOrganizations1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        alternate_name text,
        description text NOT NULL DEFAULT '',
        email text,
        website text,
        phone text,
        tax_id text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX organizations_name_idx ON organizations (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE organizations');
  }
}
