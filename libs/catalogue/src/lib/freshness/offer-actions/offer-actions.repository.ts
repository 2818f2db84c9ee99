import { Injectable } from '@nestjs/common';
import { queryRow, TenancyService } from '@socialkompas/tenancy';
import { OfferUpdateRequestDto } from '../../inbox/update-requests/offer-update-request.dto';
import { OfferAction } from './action-links';

/** The offer a reminder link is about, as its pages show it. */
export interface ActionOfferRow {
  id: string;
  name: string;
  status: string;
  version: number;
  description: string;
  scheduleDescription: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
}

/** `SELECT 1`: a row says the link was used. */
export interface UsedActionLinkMarkRow {
  '?column?': number;
}

export interface ClaimedActionLinkRow {
  token_hash: string;
}

/** The reminder links' reads and writes, in the current unit of work. */
@Injectable()
export class OfferActionsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  findOffer(offerId: string): Promise<ActionOfferRow | undefined> {
    return queryRow<ActionOfferRow>(
      this.tenancy.currentManager(),
      `SELECT id, name, status, version, description, schedule_description AS "scheduleDescription", phone, email, url
       FROM offers WHERE id = $1`,
      [offerId],
    );
  }

  async wasUsed(tokenHash: string): Promise<boolean> {
    const used = await queryRow<UsedActionLinkMarkRow>(
      this.tenancy.currentManager(),
      `SELECT 1 FROM used_action_links WHERE token_hash = $1`,
      [tokenHash],
    );
    return Boolean(used);
  }

  /** Records the link as used; false when it had been used already (the unique token hash decides). */
  async claim(tokenHash: string, action: OfferAction, offerId: string): Promise<boolean> {
    const claimed = await queryRow<ClaimedActionLinkRow>(
      this.tenancy.currentManager(),
      `INSERT INTO used_action_links (token_hash, action, offer_id) VALUES ($1, $2, $3)
       ON CONFLICT (token_hash) DO NOTHING RETURNING token_hash`,
      [tokenHash, action, offerId],
    );
    return Boolean(claimed);
  }

  /** Stores the association's proposal for the editors, as given (only the fields it filled in). */
  async insertUpdateRequest(offerId: string, proposal: OfferUpdateRequestDto): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`INSERT INTO offer_update_requests (offer_id, proposed) VALUES ($1, $2)`, [
        offerId,
        JSON.stringify(proposal),
      ]);
  }
}
