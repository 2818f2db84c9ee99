import { Injectable } from '@nestjs/common';
import { queryChanges, queryRows, TenancyService } from '@socialkompas/tenancy';

interface HiddenOfferRow {
  offerId: string;
}

/**
 * The national offers the current municipality has hidden (its own `hidden_national_offers`), in
 * the current unit of work: the search scope leaves them out, the admin list shows them switched off.
 */
@Injectable()
export class HiddenNationalOffersRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async hiddenOfferIds(): Promise<string[]> {
    const rows = await queryRows<HiddenOfferRow>(
      this.tenancy.currentManager(),
      `SELECT offer_id AS "offerId" FROM hidden_national_offers ORDER BY offer_id`,
    );
    return rows.map((row) => row.offerId);
  }

  /** Hides the offer here; true when it was shown until now (hiding twice changes nothing). */
  async hide(offerId: string, hiddenBy: string | null): Promise<boolean> {
    const rows = await queryRows<HiddenOfferRow>(
      this.tenancy.currentManager(),
      `INSERT INTO hidden_national_offers (offer_id, hidden_by) VALUES ($1, $2)
       ON CONFLICT (offer_id) DO NOTHING RETURNING offer_id AS "offerId"`,
      [offerId, hiddenBy],
    );
    return rows.length > 0;
  }

  /** Shows the offer here again; true when it was hidden until now. */
  async unhide(offerId: string): Promise<boolean> {
    const { count } = await queryChanges(
      this.tenancy.currentManager(),
      `DELETE FROM hidden_national_offers WHERE offer_id = $1`,
      [offerId],
    );
    return count > 0;
  }
}
