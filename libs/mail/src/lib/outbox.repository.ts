import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { queryChanges, queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'held'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export type UnsentStatus = Exclude<OutboxStatus, 'sent'>;

/** What a caller puts in the outbox; the sender does the rest. */
export interface NewOutboxMessage {
  /** One message per decision (e.g. `reminder:<offer>:<date>`); null when repeats are harmless. */
  dedupeKey: string | null;
  kind: string;
  offerId: string | null;
  recipient: string;
  subject: string;
  text: string;
  html: string;
}

/** A row of the outbox list: everything but the bodies. */
export class OutboxSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'freshness:<offer id>:2026-05-01' })
  dedupeKey!: string | null;

  @ApiProperty({ example: 'freshness_reminder' })
  kind!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  offerId!: string | null;

  @ApiProperty({ example: 'kontakt@forening.dk' })
  recipient!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty({ enum: OUTBOX_STATUSES, description: 'held: no SMTP server is configured' })
  status!: OutboxStatus;

  @ApiProperty({ type: 'integer' })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true, description: "The mail server's answer to the last attempt" })
  lastError!: string | null;

  @ApiProperty()
  nextAttemptAt!: Date;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty({ type: Date, nullable: true })
  sentAt!: Date | null;
}

export class OutboxMessage extends OutboxSummary {
  @ApiProperty()
  textBody!: string;

  @ApiProperty()
  htmlBody!: string;
}

export class OutboxPage extends PageOf(OutboxSummary) {}

/** After the n-th failed attempt, wait RETRY_BACKOFF_MINUTES[n - 1]; the next failure after the last gives up. */
export const RETRY_BACKOFF_MINUTES = [1, 5, 30, 120] as const;
export const MAX_SEND_ATTEMPTS = RETRY_BACKOFF_MINUTES.length + 1;

// Enough of the SMTP reply to tell an editor what went wrong, never a whole transcript.
const MAX_ERROR_LENGTH = 500;

const SUMMARY_COLUMNS = `id, dedupe_key AS "dedupeKey", kind, offer_id AS "offerId", recipient, subject, status, attempts,
  last_error AS "lastError", next_attempt_at AS "nextAttemptAt", created_at AS "createdAt", sent_at AS "sentAt"`;
const MESSAGE_COLUMNS = `${SUMMARY_COLUMNS}, text_body AS "textBody", html_body AS "htmlBody"`;
/** Waiting to be sent, and not leased to a sender that is still within its lease. */
const DUE = `status = 'pending' AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until <= now())`;
const NO_LEASE = `claimed_by = NULL, claimed_until = NULL`;

/** The id of an outbox message, as an insert returns it or the dedupe look-up finds it. */
export interface OutboxIdRow {
  id: string;
}

/** How many messages a page of the outbox list is taken from. */
export interface OutboxCountRow {
  total: number;
}

/** The tenant's outbox: every e-mail it sends, and where each one is on its way out. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** Adds the message unless one with the same dedupe key exists; then returns that one's id. */
  async enqueue(message: NewOutboxMessage): Promise<{ id: string; created: boolean }> {
    const manager = this.tenancy.currentManager();
    const inserted = await queryRow<OutboxIdRow>(
      manager,
      `INSERT INTO outbox (dedupe_key, kind, offer_id, recipient, subject, text_body, html_body)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        message.dedupeKey,
        message.kind,
        message.offerId,
        message.recipient,
        message.subject,
        message.text,
        message.html,
      ],
    );
    if (inserted) return { id: inserted.id, created: true };
    // A second statement, not a CTE: it takes a fresh snapshot, so it also sees a row that a
    // concurrent transaction committed while the INSERT waited on it.
    const existing = await queryRow<OutboxIdRow>(manager, `SELECT id FROM outbox WHERE dedupe_key = $1`, [
      message.dedupeKey,
    ]);
    if (!existing) throw new Error(`Outbox message "${message.dedupeKey}" was neither inserted nor found`);
    return { id: existing.id, created: false };
  }

  /**
   * Leases the next due message to `owner` for `leaseMs` and returns it, or null when none is due.
   * The caller's unit of work commits the lease at once, so no transaction stays open while SMTP
   * talks. SKIP LOCKED lets a concurrent claim take the next message instead of waiting for this
   * one; a message whose lease has run out (its sender died) is due again.
   */
  async claimNext(owner: string, leaseMs: number): Promise<OutboxMessage | null> {
    const { rows } = await queryChanges<OutboxMessage>(
      this.tenancy.currentManager(),
      `UPDATE outbox SET claimed_by = $1, claimed_until = clock_timestamp() + make_interval(secs => $2::float8 / 1000)
       WHERE id = (
         SELECT id FROM outbox WHERE ${DUE}
         ORDER BY next_attempt_at, id LIMIT 1
         FOR UPDATE SKIP LOCKED)
       RETURNING ${MESSAGE_COLUMNS}`,
      [owner, leaseMs],
    );
    return rows[0] ?? null;
  }

  async markSent(id: string): Promise<void> {
    // clock_timestamp(), not now(): the moment the server accepted it.
    await this.tenancy.currentManager().query(
      `UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = clock_timestamp(), ${NO_LEASE}
       WHERE id = $1`,
      [id],
    );
  }

  /** Held messages become due again (an SMTP server has been configured since). */
  async releaseHeld(): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`UPDATE outbox SET status = 'pending', next_attempt_at = now() WHERE status = 'held'`);
  }

  /** No SMTP server is configured: due messages stay readable here instead of being retried. */
  async holdDue(): Promise<number> {
    const { count } = await queryChanges(
      this.tenancy.currentManager(),
      `UPDATE outbox SET status = 'held' WHERE id IN (SELECT id FROM outbox WHERE ${DUE} FOR UPDATE SKIP LOCKED)`,
    );
    return count;
  }

  /** Schedules the next attempt after the backoff, or gives up after the last one. */
  async markAttemptFailed(id: string, error: string): Promise<void> {
    // In SET, `attempts` is the value before this update, so `attempts + 1` is this attempt's number.
    await this.tenancy.currentManager().query(
      `UPDATE outbox SET
         attempts = attempts + 1,
         last_error = left($2, $3),
         status = CASE WHEN attempts + 1 >= $4 THEN 'failed' ELSE 'pending' END,
         next_attempt_at = CASE WHEN attempts + 1 >= $4 THEN next_attempt_at
           ELSE clock_timestamp() + make_interval(mins => ($5::int[])[attempts + 1]) END,
         ${NO_LEASE}
       WHERE id = $1`,
      [id, error, MAX_ERROR_LENGTH, MAX_SEND_ATTEMPTS, [...RETRY_BACKOFF_MINUTES]],
    );
  }

  /** Newest first, optionally only one status. */
  async page(query: { status?: OutboxStatus; page: number; size: number }): Promise<OutboxPage> {
    const manager = this.tenancy.currentManager();
    const status = query.status ?? null;
    const [items, count] = await Promise.all([
      queryRows<OutboxSummary>(
        manager,
        `SELECT ${SUMMARY_COLUMNS} FROM outbox
         WHERE ($1::text IS NULL OR status = $1)
         ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [status, query.size, (query.page - 1) * query.size],
      ),
      queryRow<OutboxCountRow>(
        manager,
        `SELECT count(*)::int AS total FROM outbox WHERE ($1::text IS NULL OR status = $1)`,
        [status],
      ),
    ]);
    return { items, total: count?.total ?? 0, page: query.page, size: query.size };
  }

  async get(id: string): Promise<OutboxMessage | null> {
    const row = await queryRow<OutboxMessage>(
      this.tenancy.currentManager(),
      `SELECT ${MESSAGE_COLUMNS} FROM outbox WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** How many of the current tenant's messages wait, are held or failed (sent ones are not counted). */
  async unsentCounts(): Promise<Record<UnsentStatus, number>> {
    const rows = await queryRows<{ status: UnsentStatus; count: number }>(
      this.tenancy.currentManager(),
      `SELECT status, count(*)::int AS count FROM outbox WHERE status <> 'sent' GROUP BY status`,
    );
    const counts: Record<UnsentStatus, number> = { pending: 0, held: 0, failed: 0 };
    for (const { status, count } of rows) counts[status] = count;
    return counts;
  }
}
