import { Injectable } from '@nestjs/common';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import type { OwnOfferSummary, OwnOrganization } from './association-work.dto';

/** Whose an offer is, and the version an association's change must have been made to. */
export interface OfferOwnerRow {
  organizationId: string;
  version: number;
  name: string;
}

interface IdRow {
  id: string;
}

/** Link results an association should hear about; `unchecked` says nothing about the site. */
const LINK_PROBLEMS = `('broken', 'redirected', 'blocked', 'suspicious')`;

/** An association's own organisation and offers, in the current unit of work of its tenant. */
@Injectable()
export class AssociationOffersRepository {
  constructor(private readonly tenancy: TenancyService) {}

  organization(id: string): Promise<(OwnOrganization & { archived: boolean }) | undefined> {
    return queryRow<OwnOrganization & { archived: boolean }>(
      this.tenancy.currentManager(),
      `SELECT id, name, trusted, status = 'archived' AS archived FROM organizations WHERE id = $1`,
      [id],
    );
  }

  /** The association's offers that are not archived, by name, each with its freshness. */
  ownOffers(organizationId: string): Promise<OwnOfferSummary[]> {
    return queryRows<OwnOfferSummary>(
      this.tenancy.currentManager(),
      `SELECT o.id, o.name, o.status, o.version, o.assured_date::text AS "assuredDate", o.stale_since AS "staleSince",
         coalesce((SELECT json_agg(json_build_object('url', l.url, 'result', l.result, 'reason', l.reason) ORDER BY l.url)
                   FROM link_checks l WHERE l.offer_id = o.id AND l.result IN ${LINK_PROBLEMS}), '[]') AS "linkProblems",
         EXISTS (SELECT 1 FROM offer_revisions r WHERE r.offer_id = o.id AND r.status = 'pending') AS "inReview"
       FROM offers o
       WHERE o.organization_id = $1 AND o.status <> 'archived'
       ORDER BY lower(o.name), o.id`,
      [organizationId],
    );
  }

  owner(offerId: string): Promise<OfferOwnerRow | undefined> {
    return queryRow<OfferOwnerRow>(
      this.tenancy.currentManager(),
      `SELECT organization_id AS "organizationId", version, name FROM offers WHERE id = $1`,
      [offerId],
    );
  }

  /** The association's published offers, the ones "confirm all" confirms. */
  async publishedOfferIds(organizationId: string): Promise<string[]> {
    const rows = await queryRows<IdRow>(
      this.tenancy.currentManager(),
      `SELECT id FROM offers WHERE organization_id = $1 AND status = 'published' ORDER BY id`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }
}
