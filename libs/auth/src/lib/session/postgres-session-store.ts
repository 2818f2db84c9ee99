import { createHash } from 'node:crypto';
import { SessionData, Store } from 'express-session';
import { queryChanges, queryRow } from '@socialkompas/tenancy';
import { DataSource } from 'typeorm';
import './session-data';

/** The part of a `platform.sessions` row that express-session reads back. */
export interface SessionRow {
  data: SessionData;
}

const hashOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex');

/** A rolling expiry moves only when it would move by at least this much, so reads stay reads. */
const TOUCH_GRANULARITY_MS = 60_000;
/** Sessions whose last touch this process remembers; beyond it, a touch costs one more query. */
const REMEMBERED_TOUCHES = 10_000;

/**
 * express-session store in `platform.sessions`. Rows are keyed by the SHA-256 of the session id
 * and carry the tenant and user, so deactivating a user or a tenant can end their sessions.
 * The store is itself the sessions' persistence: its queries run on pooled connections of their
 * own, outside any tenant's unit of work, as `platform` belongs to no tenant.
 */
export class PostgresSessionStore extends Store {
  /** When this process last moved a session's expiry: most requests then need no touch query at all. */
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly idleTimeoutMs: number,
  ) {
    super();
  }

  override get(sessionId: string, callback: (error: unknown, session?: SessionData | null) => void): void {
    queryRow<SessionRow>(
      this.dataSource.manager,
      `SELECT data FROM platform.sessions WHERE id_hash = $1 AND expires_at > now()`,
      [hashOf(sessionId)],
    ).then((row) => callback(null, row?.data ?? null), callback);
  }

  override set(sessionId: string, session: SessionData, callback?: (error?: unknown) => void): void {
    this.dataSource
      .query(
        `INSERT INTO platform.sessions (id_hash, tenant_id, user_id, data, expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id_hash) DO UPDATE SET tenant_id = $2, user_id = $3, data = $4, expires_at = $5`,
        [
          hashOf(sessionId),
          session.login?.tenantId ?? null,
          session.login?.userId ?? null,
          JSON.stringify(session),
          this.expiryOf(session),
        ],
      )
      .then(
        () => callback?.(),
        (error: unknown) => callback?.(error),
      );
  }

  override touch(sessionId: string, session: SessionData, callback?: (error?: unknown) => void): void {
    const key = hashOf(sessionId);
    const now = Date.now();
    if (now - (this.lastTouched.get(key) ?? 0) < TOUCH_GRANULARITY_MS) return callback?.();
    this.lastTouched.delete(key);
    this.lastTouched.set(key, now);
    if (this.lastTouched.size > REMEMBERED_TOUCHES)
      this.lastTouched.delete(this.lastTouched.keys().next().value as string);
    const expiresAt = this.expiryOf(session);
    this.dataSource
      .query(`UPDATE platform.sessions SET expires_at = $2 WHERE id_hash = $1 AND expires_at < $3`, [
        key,
        expiresAt,
        new Date(expiresAt.getTime() - TOUCH_GRANULARITY_MS),
      ])
      .then(
        () => callback?.(),
        (error: unknown) => callback?.(error),
      );
  }

  override destroy(sessionId: string, callback?: (error?: unknown) => void): void {
    this.dataSource.query(`DELETE FROM platform.sessions WHERE id_hash = $1`, [hashOf(sessionId)]).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  /** Ends every session of a user in one tenant (after deactivation or a role change). */
  async endSessionsOf(userId: string, tenantId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM platform.sessions WHERE user_id = $1 AND tenant_id = $2`, [
      userId,
      tenantId,
    ]);
  }

  async deleteExpired(): Promise<number> {
    const { count } = await queryChanges(
      this.dataSource.manager,
      `DELETE FROM platform.sessions WHERE expires_at <= now()`,
    );
    return count;
  }

  private expiryOf(session: SessionData): Date {
    return session.cookie?.expires
      ? new Date(session.cookie.expires)
      : new Date(Date.now() + this.idleTimeoutMs);
  }
}
