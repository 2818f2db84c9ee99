import type { LifecycleStatus } from '../../../core/lifecycle/lifecycle';
import type { AttendingType } from '../../../offers/offer.entity';

/** An offer's organisation as an import writes it: found by external id, else by name, else created. */
export interface ValidOrganization {
  externalId: string | null;
  name: string;
  description: string;
  email: string | null;
  website: string | null;
  phone: string | null;
  taxId: string | null;
}

/** A checked row, ready to be written: every value in the form the offers table stores. */
export interface ValidOffer {
  externalId: string;
  organization: ValidOrganization;
  status: LifecycleStatus;
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
  locations: {
    name: string;
    address1: string;
    postalCode: string;
    city: string;
    latitude: number | null;
    longitude: number | null;
    transportation: string;
  }[];
  contacts: { name: string; title: string; email: string | null; phone: string | null }[];
  schedules: {
    byday: string[];
    opensAt: string;
    closesAt: string;
    validFrom: string | null;
    validTo: string | null;
    description: string;
  }[];
  termIds: string[];
}
