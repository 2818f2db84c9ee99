import { Injectable } from '@nestjs/common';
import type { LinkResult } from '@socialkompas/safe-fetch';
import { queryRows, TenancyService } from '@socialkompas/tenancy';

/** What checking one URL found within a run: the last answer, and how often it failed. */
export interface UrlCheck {
  url: string;
  result: LinkResult;
  failures: number;
}

/**
 * A run is resumed within hours (a retry after a stopped or killed worker); progress older than
 * this is forgotten, so a run id that comes again after a Redis reset starts afresh.
 */
const PROGRESS_KEPT = '12 hours';

/** The URLs each link check run has checked so far, in `link_check_progress`, in the current unit of work. */
@Injectable()
export class LinkCheckProgressRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async forgetStale(): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`DELETE FROM link_check_progress WHERE checked_at < now() - $1::interval`, [PROGRESS_KEPT]);
  }

  /** The URLs this run has checked already, by URL. */
  async checkedIn(runId: string): Promise<Map<string, UrlCheck>> {
    const rows = await queryRows<UrlCheck>(
      this.tenancy.currentManager(),
      `SELECT url, result, failures FROM link_check_progress WHERE run_id = $1`,
      [runId],
    );
    return new Map(rows.map((row) => [row.url, row]));
  }

  async save(runId: string, checks: UrlCheck[]): Promise<void> {
    await this.tenancy.currentManager().query(
      `INSERT INTO link_check_progress (run_id, url, result, failures)
       SELECT $1, url, result, failures FROM unnest($2::text[], $3::jsonb[], $4::int[]) AS batch (url, result, failures)
       ON CONFLICT (run_id, url) DO NOTHING`,
      [
        runId,
        checks.map((check) => check.url),
        checks.map((check) => JSON.stringify(check.result)),
        checks.map((check) => check.failures),
      ],
    );
  }
}
