import type { AttendingType } from './offer.entity';

/**
 * An offer's own values in the form the offers table stores them: what an import writes and what
 * the HSDS mapping reads, so the two never disagree about a field.
 */
export interface OfferColumns {
  name: string;
  alternateName: string | null;
  summary: string;
  description: string;
  url: string | null;
  email: string | null;
  phone: string | null;
  applicationProcess: string;
  eligibilityDescription: string;
  isFree: boolean;
  feeAmount: number | null;
  feesDescription: string;
  attendingTypes: AttendingType[];
  languages: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  scheduleDescription: string;
}
