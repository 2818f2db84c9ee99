import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What keeps the catalogue true: the link checker's findings per offer and link, the outbox of
 * every e-mail the tenant sends, the stale flag on offers, one-time use of the links in reminder
 * mails, and the last run of each background job.
 */
export class AddFreshness1764316800000 implements MigrationInterface {
  name = 'AddFreshness1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE link_checks (
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        url text NOT NULL,
        -- Where the link was found: the offer's url, its organisation's website, or its description.
        source text NOT NULL CHECK (source IN ('offer_url', 'organization_website', 'description')),
        -- unchecked: the site would not let us look (401, 403, 429, 999); never counted as broken.
        result text NOT NULL CHECK (result IN ('ok', 'redirected', 'broken', 'blocked', 'suspicious', 'unchecked')),
        status_code integer,
        reason text,
        final_url text,
        page_title text,
        -- A link is broken only after 3 failures spread over at least 2 runs.
        failures integer NOT NULL DEFAULT 0,
        failed_runs integer NOT NULL DEFAULT 0,
        last_failed_run text,
        failing_since timestamptz,
        last_checked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, url)
      )`);
    await run(`CREATE INDEX link_checks_result_idx ON link_checks (result) WHERE result <> 'ok'`);

    await run(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- One message per decision: a worker that crashes and runs again finds the row, not a gap.
        dedupe_key text UNIQUE,
        kind text NOT NULL,
        offer_id uuid REFERENCES offers (id) ON DELETE SET NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        -- held: no SMTP server is configured; the message waits here and can be read by editors.
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'held')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await run(`CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending'`);
    await run(`CREATE INDEX outbox_created_at_idx ON outbox (created_at DESC)`);

    // Set when the grace period after a reminder has passed unanswered; cleared by a confirmation.
    await run(`ALTER TABLE offers ADD COLUMN stale_since timestamptz`);
    await run(`ALTER TABLE offers ADD COLUMN reminded_at timestamptz`);
    // Kept by the freshness pass from the tenant's setting, so search needs no settings lookup.
    await run(`ALTER TABLE offers ADD COLUMN hidden_as_stale boolean NOT NULL DEFAULT false`);

    await run(`
      CREATE TABLE offer_update_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        -- The association's proposed values, applied by an editor; the offer stays as it is until then.
        proposed jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await run(`CREATE INDEX offer_update_requests_open_idx ON offer_update_requests (created_at) WHERE resolved_at IS NULL`);

    await run(`
      CREATE TABLE used_action_links (
        -- SHA-256 of the signed token: a confirm or close link works once.
        token_hash text PRIMARY KEY,
        action text NOT NULL,
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        used_at timestamptz NOT NULL DEFAULT now()
      )`);

    await run(`
      CREATE TABLE job_runs (
        job text PRIMARY KEY,
        last_started_at timestamptz,
        last_finished_at timestamptz,
        last_outcome text,
        last_summary jsonb NOT NULL DEFAULT '{}'
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run('DROP TABLE job_runs');
    await run('DROP TABLE used_action_links');
    await run('DROP TABLE offer_update_requests');
    await run('ALTER TABLE offers DROP COLUMN hidden_as_stale, DROP COLUMN reminded_at, DROP COLUMN stale_since');
    await run('DROP TABLE outbox');
    await run('DROP TABLE link_checks');
  }
}
