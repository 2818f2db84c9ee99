import type { OfferColumns } from '../../../offers/offer-columns';
import type { LifecycleStatus } from '../../../core/lifecycle/lifecycle';

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
export interface ValidOffer extends OfferColumns {
  externalId: string;
  organization: ValidOrganization;
  status: LifecycleStatus;
  /** Only when the file says (the Danish HSDS profile): an update without them keeps the offer's own. */
  referralRequired?: boolean;
  anonymous?: boolean;
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
