import { Injectable } from '@nestjs/common';
import {
  escapeLike,
  queryChanges,
  queryRows,
  TenancyService,
  TenantScopedRepository,
} from '@socialkompas/tenancy';
import { postcodeArea } from '@socialkompas/denmark';
import { In } from 'typeorm';
import { LifecycleStatus } from '../core/lifecycle/lifecycle';
import { lockForUpdate, updateIfVersion } from '../core/lifecycle/versioned-update';
import { ContactInputDto, LocationInputDto, ScheduleInputDto } from './dto/offer-parts.dto';
import { Offer } from './offer.entity';
import type { PossibleDuplicate } from './offer-view';

export interface OfferChildren {
  locations?: LocationInputDto[];
  schedules?: ScheduleInputDto[];
  contacts?: ContactInputDto[];
  /** Chosen terms only; derived ones (age group, district) are the search index's business. */
  termIds?: string[];
}

/** A place as its insert returns it. */
export interface InsertedLocationRow {
  id: string;
}

/** An offer as it was before a confirmation changed it. */
export interface ConfirmedOfferRow {
  name: string;
  assuredDate: string | null;
  wasHidden: boolean;
}

const FULL_RELATIONS = {
  organization: true,
  locations: true,
  terms: { taxonomy: true },
  contacts: true,
  schedules: true,
} as const;

/** A title this similar to another of the same organisation or postcode is likely the same offer. */
const DUPLICATE_SIMILARITY = 0.6;

/** What the editors' offer list filters by, and which page of it. */
export interface OfferListCriteria {
  status?: LifecycleStatus;
  organizationId?: string;
  q?: string;
  stale?: boolean;
  page: number;
  size: number;
}

@Injectable()
export class OffersRepository extends TenantScopedRepository<Offer> {
  constructor(tenancy: TenancyService) {
    super(tenancy, Offer);
  }

  findById(id: string, statuses?: LifecycleStatus[]): Promise<Offer | null> {
    return this.repository.findOne({
      where: statuses ? { id, status: In(statuses) } : { id },
      relations: FULL_RELATIONS,
      relationLoadStrategy: 'query',
    });
  }

  async page(query: OfferListCriteria) {
    const builder = this.repository
      .createQueryBuilder('offer')
      .leftJoinAndSelect('offer.organization', 'organization')
      .orderBy('offer.updated_at', 'DESC');
    if (query.status) builder.andWhere('offer.status = :status', { status: query.status });
    if (query.organizationId) builder.andWhere('offer.organization_id = :organizationId', query);
    if (query.stale !== undefined) builder.andWhere(`offer.stale_since IS ${query.stale ? 'NOT ' : ''}NULL`);
    if (query.q) builder.andWhere('offer.name ILIKE :pattern', { pattern: `%${escapeLike(query.q)}%` });
    const [items, total] = await builder
      .skip((query.page - 1) * query.size)
      .take(query.size)
      .getManyAndCount();
    return { items, total };
  }

  async insert(values: Partial<Offer>): Promise<string> {
    const saved = await this.repository.save(this.repository.create(values));
    return saved.id;
  }

  lock(id: string): Promise<void> {
    return lockForUpdate(this.repository, id);
  }

  updateIfVersion(id: string, expectedVersion: number, changes: Partial<Offer>): Promise<boolean> {
    return updateIfVersion(this.repository, id, expectedVersion, changes);
  }

  /**
   * Replaces each given list (places, times, contacts, chosen terms); lists left out stay as they
   * are. Places are marked to check only when they did not come from an editor (`placesNeedCheck`).
   */
  async replaceChildren(
    offerId: string,
    children: OfferChildren,
    organizationId: string,
    placesNeedCheck = false,
  ): Promise<void> {
    const manager = this.tenancy.currentManager();
    if (children.locations) {
      await manager.query(
        `DELETE FROM locations WHERE id IN (SELECT location_id FROM offer_locations WHERE offer_id = $1)`,
        [offerId],
      );
      for (const location of children.locations) {
        const area = postcodeArea(location.postalCode);
        const [{ id }] = await queryRows<InsertedLocationRow>(
          manager,
          `INSERT INTO locations (organization_id, name, address_1, postal_code, city, latitude, longitude, accessibility,
             transportation, needs_check)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            organizationId,
            location.name ?? '',
            location.address1 ?? '',
            location.postalCode,
            location.city ?? area?.name ?? '',
            location.latitude ?? area?.latitude ?? null,
            location.longitude ?? area?.longitude ?? null,
            location.accessibility ?? '',
            location.transportation ?? '',
            placesNeedCheck,
          ],
        );
        await manager.query(`INSERT INTO offer_locations (offer_id, location_id) VALUES ($1, $2)`, [
          offerId,
          id,
        ]);
      }
    }
    if (children.schedules) {
      await manager.query(`DELETE FROM schedules WHERE offer_id = $1`, [offerId]);
      for (const schedule of children.schedules) {
        await manager.query(
          `INSERT INTO schedules (offer_id, byday, opens_at, closes_at, valid_from, valid_to, description)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            offerId,
            schedule.byday,
            schedule.opensAt,
            schedule.closesAt,
            schedule.validFrom ?? null,
            schedule.validTo ?? null,
            schedule.description ?? '',
          ],
        );
      }
    }
    if (children.contacts) {
      await manager.query(`DELETE FROM contacts WHERE offer_id = $1`, [offerId]);
      for (const [position, contact] of children.contacts.entries()) {
        await manager.query(
          `INSERT INTO contacts (offer_id, name, title, email, phone, position) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            offerId,
            contact.name,
            contact.title ?? '',
            contact.email ?? null,
            contact.phone ?? null,
            position,
          ],
        );
      }
    }
    if (children.termIds) {
      await manager.query(`DELETE FROM offer_terms WHERE offer_id = $1`, [offerId]);
      await manager.query(`INSERT INTO offer_terms (offer_id, term_id) SELECT $1, unnest($2::uuid[])`, [
        offerId,
        children.termIds,
      ]);
    }
  }

  /** Offers, other than `offerId`, with a very similar title from the same organisation or postcode. */
  findPossibleDuplicates(offer: {
    id: string | null;
    name: string;
    organizationId: string;
    postcodes: string[];
  }): Promise<PossibleDuplicate[]> {
    return queryRows<PossibleDuplicate>(
      this.tenancy.currentManager(),
      `SELECT o.id, o.name, o.status, round(similarity(fold_text(o.name), fold_text($2))::numeric, 2)::float AS similarity
       FROM offers o
       WHERE o.id IS DISTINCT FROM $1 AND o.status <> 'archived'
         AND fold_text(o.name) % fold_text($2)
         AND similarity(fold_text(o.name), fold_text($2)) >= $5
         AND (o.organization_id = $3 OR EXISTS (
           SELECT 1 FROM offer_locations ol JOIN locations l ON l.id = ol.location_id
           WHERE ol.offer_id = o.id AND l.postal_code = ANY($4)))
       ORDER BY similarity DESC, o.name
       LIMIT 5`,
      [offer.id, offer.name, offer.organizationId, offer.postcodes, DUPLICATE_SIMILARITY],
    );
  }

  /**
   * Confirms the offer as current on `today`: the reminder and stale flags go and the version moves
   * on. Returns the offer as it was before, or undefined when there is no such offer.
   */
  async confirm(offerId: string, today: string): Promise<ConfirmedOfferRow | undefined> {
    const { rows } = await queryChanges<ConfirmedOfferRow>(
      this.tenancy.currentManager(),
      `UPDATE offers o SET assured_date = $2, stale_since = NULL, reminded_at = NULL, hidden_as_stale = false,
         version = o.version + 1, updated_at = now()
       FROM offers previous WHERE o.id = $1 AND previous.id = o.id
       RETURNING o.name, previous.assured_date::text AS "assuredDate", previous.hidden_as_stale AS "wasHidden"`,
      [offerId, today],
    );
    return rows[0];
  }
}
