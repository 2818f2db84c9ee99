import { Injectable } from '@nestjs/common';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';

/** A published offer of the national tenant, as a municipality's administrator picks among them. */
export interface PublishedNationalOfferRow {
  id: string;
  name: string;
  summary: string;
  organizationName: string;
}

const PUBLISHED = `SELECT o.id, o.name, o.summary, g.name AS "organizationName"
  FROM offers o JOIN organizations g ON g.id = o.organization_id
  WHERE o.status = 'published'`;

/**
 * The national tenant's published offers, in the current unit of work: the national tenant's own,
 * opened read-only by the cross-tenant read path (see NationalCatalogue). Published only: a
 * draft of the national tenant never reaches a municipality.
 */
@Injectable()
export class PublishedNationalOffersRepository {
  constructor(private readonly tenancy: TenancyService) {}

  list(): Promise<PublishedNationalOfferRow[]> {
    return queryRows<PublishedNationalOfferRow>(this.tenancy.currentManager(), PUBLISHED);
  }

  find(id: string): Promise<PublishedNationalOfferRow | undefined> {
    return queryRow<PublishedNationalOfferRow>(this.tenancy.currentManager(), `${PUBLISHED} AND o.id = $1`, [
      id,
    ]);
  }
}
