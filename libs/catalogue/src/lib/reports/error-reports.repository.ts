import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';

export interface ErrorReport {
  id: string;
  offerId: string;
  offerName: string;
  message: string;
  reporterEmail: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

@Injectable()
export class ErrorReportsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** Stores the report if the offer is published; returns its id, or null for no such public offer. */
  async create(report: { offerId: string; message: string; email: string | null }): Promise<string | null> {
    const rows: { id: string }[] = await this.tenancy.currentManager().query(
      `INSERT INTO error_reports (offer_id, message, reporter_email)
       SELECT id, $2, $3 FROM offers WHERE id = $1 AND status = 'published'
       RETURNING id`,
      [report.offerId, report.message, report.email],
    );
    return rows[0]?.id ?? null;
  }

  async page(query: { state: 'open' | 'resolved' | 'all'; page: number; size: number }) {
    const condition = { open: 'r.resolved_at IS NULL', resolved: 'r.resolved_at IS NOT NULL', all: 'true' }[
      query.state
    ];
    const [items, [{ total }]] = await Promise.all([
      this.tenancy.currentManager().query(
        `SELECT r.id, r.offer_id AS "offerId", o.name AS "offerName", r.message, r.reporter_email AS "reporterEmail",
                r.created_at AS "createdAt", r.resolved_at AS "resolvedAt"
         FROM error_reports r JOIN offers o ON o.id = r.offer_id
         WHERE ${condition} ORDER BY r.created_at DESC LIMIT $1 OFFSET $2`,
        [query.size, (query.page - 1) * query.size],
      ) as Promise<ErrorReport[]>,
      this.tenancy
        .currentManager()
        .query(`SELECT count(*)::int AS total FROM error_reports r WHERE ${condition}`) as Promise<
        { total: number }[]
      >,
    ]);
    return { items, total, page: query.page, size: query.size };
  }

  async resolve(id: string): Promise<boolean> {
    const [, affected] = await this.tenancy
      .currentManager()
      .query(`UPDATE error_reports SET resolved_at = now() WHERE id = $1 AND resolved_at IS NULL`, [id]);
    return affected > 0;
  }
}
