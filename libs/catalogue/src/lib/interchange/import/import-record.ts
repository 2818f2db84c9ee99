import type { Vocabulary } from '../../taxonomy/taxonomy.entity';

/** A place as the file gives it, every value as text. */
export interface RecordLocation {
  name?: string;
  address1?: string;
  postalCode?: string;
  city?: string;
  /** ISO 3166 country of an HSDS address; a place outside Denmark is left out. */
  country?: string;
  latitude?: string;
  longitude?: string;
  transportation?: string;
}

export interface RecordContact {
  name?: string;
  title?: string;
  email?: string;
  phone?: string;
}

export interface RecordSchedule {
  /** iCal weekdays, e.g. `TU,TH`. */
  byday?: string;
  opensAt?: string;
  closesAt?: string;
  validFrom?: string;
  validTo?: string;
  description?: string;
}

/** A topic as the file names it; the vocabulary is known from a sheet column or an HSDS taxonomy. */
export interface RecordTopic {
  vocabulary?: Vocabulary;
  label: string;
}

/**
 * One offer as a file describes it, before any check: the common shape that the HSDS package,
 * HSDS JSON and sheet readers produce, and the one the checker and writer take.
 */
export interface ImportRecord {
  /** The row number the report names: a sheet's line, or the service's place in the file. */
  row: number;
  externalId?: string;
  organization: {
    externalId?: string;
    name?: string;
    description?: string;
    email?: string;
    website?: string;
    phone?: string;
    taxId?: string;
  };
  name?: string;
  alternateName?: string;
  summary?: string;
  description?: string;
  url?: string;
  email?: string;
  phone?: string;
  applicationProcess?: string;
  eligibilityDescription?: string;
  /** "Gratis", "50 kr. pr. gang"… */
  price?: string;
  /** A fee the file gives as an amount (HSDS cost_options). */
  feeAmount?: string;
  minimumAge?: string;
  maximumAge?: string;
  /** An age range in words: "18-25", "60+", "0-17 år". */
  age?: string;
  /** Language codes or names, e.g. `da`, `Engelsk`. */
  languages: string[];
  scheduleDescription?: string;
  /** HSDS `active`/`inactive`/`defunct`, or a sheet's "aktiv"/"inaktiv". */
  status?: string;
  /** The Danish HSDS profile's `referral_required` and `anonymous` (`true`/`false`, or ja/nej). */
  referralRequired?: string;
  anonymous?: string;
  /** The Danish HSDS profile's `channels`: `in_person,online,phone`. */
  channels?: string;
  locations: RecordLocation[];
  contacts: RecordContact[];
  schedules: RecordSchedule[];
  topics: RecordTopic[];
}

export const emptyRecord = (row: number): ImportRecord => ({
  row,
  organization: {},
  languages: [],
  locations: [],
  contacts: [],
  schedules: [],
  topics: [],
});
