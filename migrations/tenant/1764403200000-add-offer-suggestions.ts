import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers suggested by associations through the public form. They wait here, outside the
 * catalogue, until an editor accepts one (which creates a draft offer) or rejects it with a reason,
 * so nothing a stranger sends becomes an offer or an organisation on its own.
 */
export class AddOfferSuggestions1764403200000 implements MigrationInterface {
  name = 'AddOfferSuggestions1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE offer_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text NOT NULL,
        organization_name text NOT NULL,
        contact_name text NOT NULL,
        email text,
        phone text,
        website text,
        -- Challenge, target group, activity, age group and district terms, checked when suggested.
        term_ids uuid[] NOT NULL DEFAULT '{}',
        where_text text NOT NULL DEFAULT '',
        when_text text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        -- The draft offer an accepted suggestion became.
        offer_id uuid REFERENCES offers (id) ON DELETE SET NULL,
        rejection_reason text,
        decided_by text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (email IS NOT NULL OR phone IS NOT NULL),
        CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX offer_suggestions_pending_idx ON offer_suggestions (created_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE offer_suggestions');
  }
}
