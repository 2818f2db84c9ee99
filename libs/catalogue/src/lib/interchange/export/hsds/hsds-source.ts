import type { OfferColumns } from '../../../offers/offer-columns';
import type { Weekday } from '../../../offers/schedule.entity';
import type { Vocabulary } from '../../../taxonomy/taxonomy.entity';

/**
 * The catalogue as the HSDS mapping reads it: plain rows, no entities, no database. Whoever
 * serves HSDS (the export, the open-data API) loads these and hands them to the mapping.
 */
export interface HsdsSourceOrganization {
  id: string;
  name: string;
  alternateName: string | null;
  description: string;
  email: string | null;
  website: string | null;
  phone: string | null;
  taxId: string | null;
}

export interface HsdsSourceLocation {
  id: string;
  organizationId: string | null;
  name: string;
  address1: string;
  postalCode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  accessibility: string;
  transportation: string;
}

export interface HsdsSourceContact {
  id: string;
  offerId: string;
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
}

export interface HsdsSourceSchedule {
  id: string;
  offerId: string;
  byday: Weekday[];
  /** `HH:MM:SS`, as PostgreSQL gives a `time`. */
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validTo: string | null;
  description: string;
}

export interface HsdsSourceTaxonomy {
  id: string;
  code: Vocabulary;
  name: string;
  description: string;
}

export interface HsdsSourceTerm {
  id: string;
  taxonomyId: string;
  code: string;
  name: string;
  description: string;
}

export interface HsdsSourceOffer extends OfferColumns {
  id: string;
  organizationId: string;
  /** `YYYY-MM-DD` */
  assuredDate: string | null;
  referralRequired: boolean;
  anonymous: boolean;
  /** When the offer's record or anything it embeds last changed (`offers.hsds_modified_at`). */
  modifiedAt: Date;
  /** The offer's places, in the order the editor gave them. */
  locationIds: string[];
  termIds: string[];
}

/** What one offer's full HSDS `service` needs besides the offer itself. */
export interface HsdsServiceContext {
  organization: HsdsSourceOrganization;
  locations: ReadonlyMap<string, HsdsSourceLocation>;
  contacts: readonly HsdsSourceContact[];
  schedules: readonly HsdsSourceSchedule[];
  terms: ReadonlyMap<string, HsdsSourceTerm>;
  taxonomies: ReadonlyMap<string, HsdsSourceTaxonomy>;
}

/** One batch of offers as the HSDS mapping reads them, with what their records embed. */
export interface HsdsOfferBatch {
  offers: HsdsSourceOffer[];
  contacts: HsdsSourceContact[];
  schedules: HsdsSourceSchedule[];
  organizations: HsdsSourceOrganization[];
  locations: HsdsSourceLocation[];
}
