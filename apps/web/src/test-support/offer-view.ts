import type { ResponseOf } from '../api/types';
import { TEST_TENANT } from './render-page';

type OfferView = ResponseOf<'/api/v1/admin/offers/{id}', 'get'>;
type PublicOffer = ResponseOf<'/api/v1/offers/{id}', 'get'>;
type OfferTenant = PublicOffer['tenant'];

/** The test host's tenant as an offer names it: the default owner of a public offer. */
export const HOST_OFFER_TENANT: OfferTenant = {
  slug: TEST_TENANT.slug,
  name: TEST_TENANT.name,
  kind: TEST_TENANT.kind,
  url: `http://${TEST_TENANT.slug}.localhost:3000`,
};

/** An offer as the editors' and the region's views answer it; tests override what they look at. */
export function offerView(overrides: Partial<OfferView> = {}): OfferView {
  return {
    id: '3f1d7c2a-5b6e-4a8f-9c0d-1e2f3a4b5c6d',
    version: 3,
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    organizationId: 'b1c2d3e4-0000-4000-8000-000000000002',
    status: 'published',
    name: 'Angstgruppe for unge',
    alternateName: null,
    summary: 'Selvhjælpsgruppe for unge med angst.',
    description: 'Vi mødes hver uge.',
    url: null,
    email: null,
    phone: null,
    applicationProcess: '',
    eligibilityDescription: '',
    isFree: true,
    feeAmount: null,
    feesDescription: '',
    referralRequired: false,
    anonymous: false,
    attendingTypes: ['in_person'],
    languages: ['da'],
    minimumAge: 15,
    maximumAge: 25,
    scheduleDescription: 'Tirsdage kl. 17-19',
    assuredDate: '2026-06-01',
    assurerEmail: null,
    publishedAt: '2026-01-06T10:00:00Z',
    remindedAt: null,
    staleSince: null,
    hiddenAsStale: false,
    visibleToCitizens: true,
    hiddenBecause: [],
    organization: {
      id: 'b1c2d3e4-0000-4000-8000-000000000002',
      name: 'Angstforeningen',
      status: 'published',
      website: null,
      email: null,
      phone: null,
    },
    locations: [],
    schedules: [],
    contacts: [],
    terms: {},
    ...overrides,
  };
}

/** An offer as the public API answers it: the host's own unless `tenant` names another. */
export function publicOffer({
  tenant = HOST_OFFER_TENANT,
  ...overrides
}: Partial<OfferView> & { tenant?: OfferTenant } = {}): PublicOffer {
  return { ...offerView(overrides), tenant, national: tenant.kind === 'national' };
}
