import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What associations do through their accounts: ask for access from their public page, and
 * propose changes to their offers as revisions that an editor approves or rejects.
 */
export class AddAssociationWork1764489600001 implements MigrationInterface {
  name = 'AddAssociationWork1764489600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE association_access_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        reason text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await run(`
      CREATE UNIQUE INDEX association_access_requests_pending_idx
        ON association_access_requests (organization_id, email) WHERE status = 'pending'`);
    await run(`
      CREATE TABLE offer_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        -- The offer's version the association saw: approving applies the changes to exactly it.
        base_version integer NOT NULL,
        -- The proposed fields, as the offer update takes them (without version).
        changes jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        proposed_by text NOT NULL,
        proposed_by_user_id uuid,
        reason text,
        decided_by text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open proposal per offer: a second edit before the review adds to the first.
    await run(`CREATE UNIQUE INDEX offer_revisions_pending_idx ON offer_revisions (offer_id) WHERE status = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE offer_revisions');
    await queryRunner.query('DROP TABLE association_access_requests');
  }
}
