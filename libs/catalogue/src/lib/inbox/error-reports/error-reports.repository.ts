import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { queryChanges, queryRows, TenancyService } from '@socialkompas/tenancy';
import { OfferFeedback } from '../offer-feedback';

/** A citizen's note that something about an offer is wrong. */
export class ErrorReport extends OfferFeedback {
  @ApiProperty({ example: 'Telefonnummeret virker ikke længere.' })
  message!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Only if the reporter wants an answer' })
  reporterEmail!: string | null;
}

export class ErrorReportPage extends PageOf(ErrorReport) {}

export interface ErrorReportRow {
  id: string;
  offerId: string;
  offerName: string;
  message: string;
  reporterEmail: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface CreatedErrorReportRow {
  id: string;
}

export interface ErrorReportTotalRow {
  total: number;
}

@Injectable()
export class ErrorReportsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /** Stores the report if the offer is published; returns its id, or null for no such public offer. */
  async create(report: { offerId: string; message: string; email: string | null }): Promise<string | null> {
    const rows = await queryRows<CreatedErrorReportRow>(
      this.tenancy.currentManager(),
      `INSERT INTO error_reports (offer_id, message, reporter_email)
       SELECT id, $2, $3 FROM offers WHERE id = $1 AND status = 'published'
       RETURNING id`,
      [report.offerId, report.message, report.email],
    );
    return rows[0]?.id ?? null;
  }

  async page(query: {
    state: 'open' | 'resolved' | 'all';
    page: number;
    size: number;
  }): Promise<ErrorReportPage> {
    const condition = { open: 'r.resolved_at IS NULL', resolved: 'r.resolved_at IS NOT NULL', all: 'true' }[
      query.state
    ];
    const manager = this.tenancy.currentManager();
    const [items, [{ total }]] = await Promise.all([
      queryRows<ErrorReportRow>(
        manager,
        `SELECT r.id, r.offer_id AS "offerId", o.name AS "offerName", r.message, r.reporter_email AS "reporterEmail",
                r.created_at AS "createdAt", r.resolved_at AS "resolvedAt"
         FROM error_reports r JOIN offers o ON o.id = r.offer_id
         WHERE ${condition} ORDER BY r.created_at DESC LIMIT $1 OFFSET $2`,
        [query.size, (query.page - 1) * query.size],
      ),
      queryRows<ErrorReportTotalRow>(
        manager,
        `SELECT count(*)::int AS total FROM error_reports r WHERE ${condition}`,
      ),
    ]);
    return { items, total, page: query.page, size: query.size };
  }

  async resolve(id: string): Promise<boolean> {
    const { count } = await queryChanges(
      this.tenancy.currentManager(),
      `UPDATE error_reports SET resolved_at = now() WHERE id = $1 AND resolved_at IS NULL`,
      [id],
    );
    return count > 0;
  }
}
