import { describe, expect, test } from '@jest/globals';
import { offerView } from '../test-support/offer-view';
import { createOf, draftOf, emptyDraft, updateOf } from './offer-draft';
import { emptyOpening, emptyPlace } from './offer-draft-lists';

const offer = offerView({
  url: 'https://angst.dk/unge',
  phone: '70 20 30 40',
  languages: ['da', 'ar'],
  isFree: false,
  feeAmount: 50,
  feesDescription: '50 kr. pr. gang',
  locations: [
    {
      id: 'f1f0c0de-0000-4000-8000-000000000001',
      name: '',
      address1: 'Mejlgade 1',
      postalCode: '8000',
      city: 'Aarhus C',
      latitude: 56.1567,
      longitude: 10.2108,
      accessibility: '',
      transportation: '',
      needsCheck: false,
    },
  ],
  schedules: [
    {
      id: 'f1f0c0de-0000-4000-8000-000000000002',
      byday: ['TU'],
      opensAt: '17:30',
      closesAt: '19:00',
      validFrom: null,
      validTo: null,
      description: '',
    },
  ],
  contacts: [
    { id: 'f1f0c0de-0000-4000-8000-000000000003', name: 'Mette', title: '', email: null, phone: '20304050' },
  ],
});

describe('the offer draft', () => {
  test('shows the API’s values in the controls, times as Danish clocks write them', () => {
    const draft = draftOf(offer);
    expect(draft).toMatchObject({
      url: 'https://angst.dk/unge',
      email: '',
      feeAmount: '50',
      minimumAge: '15',
      schedules: [{ byday: ['TU'], opensAt: '17.30', closesAt: '19.00' }],
      locations: [{ postalCode: '8000', latitude: '56.1567' }],
      contacts: [{ name: 'Mette', email: '', phone: '20304050' }],
    });
  });

  test('sends only what changed; emptied optional fields as null, so they are cleared', () => {
    const base = draftOf(offer);
    expect(updateOf(base, { ...base, url: '', phone: ' ', minimumAge: '', feeAmount: '' }, 3)).toEqual({
      url: null,
      phone: null,
      minimumAge: null,
      feeAmount: null,
      version: 3,
    });
    // Languages are a set: the same ones in another order are no change.
    expect(updateOf(base, { ...base, languages: ['ar', 'da'] }, 3)).toEqual({ version: 3 });
    expect(updateOf(base, { ...base, languages: ['ar'] }, 3)).toEqual({ languages: ['ar'], version: 3 });
  });

  test('sends a changed list whole: places without town or coordinates get the postcode’s', () => {
    const base = draftOf(offer);
    const added = { ...emptyPlace(), address1: 'Viby Torv 2', postalCode: '8260' };
    const typed = { ...base.locations[0], latitude: '56,16', longitude: ' 10.2 ' };
    const opening = { ...emptyOpening(), byday: ['SA' as const], opensAt: '9', closesAt: '12.15' };
    const update = updateOf(
      base,
      { ...base, locations: [typed, added], schedules: [...base.schedules, opening] },
      3,
    );
    expect(update).toEqual({
      locations: [
        { address1: 'Mejlgade 1', postalCode: '8000', city: 'Aarhus C', latitude: 56.16, longitude: 10.2 },
        { address1: 'Viby Torv 2', postalCode: '8260' },
      ],
      schedules: [
        { byday: ['TU'], opensAt: '17:30', closesAt: '19:00' },
        { byday: ['SA'], opensAt: '09:00', closesAt: '12:15' },
      ],
      version: 3,
    });
  });

  test('leaves a coordinate that is no number as typed, for the API to name', () => {
    const base = draftOf(offer);
    const update = updateOf(base, { ...base, locations: [{ ...base.locations[0], latitude: 'nord' }] }, 3);
    expect(update).toMatchObject({ locations: [{ latitude: 'nord' }] });
  });

  test('creates an offer with every field, leaving out the empty optional ones', () => {
    const body = createOf({ ...emptyDraft('b1c2d3e4-0000-4000-8000-000000000002'), name: 'Madklub' });
    expect(body).toEqual({
      organizationId: 'b1c2d3e4-0000-4000-8000-000000000002',
      name: 'Madklub',
      summary: '',
      description: '',
      attendingTypes: ['in_person'],
      languages: ['da'],
      eligibilityDescription: '',
      applicationProcess: '',
      referralRequired: false,
      anonymous: false,
      isFree: true,
      feesDescription: '',
      scheduleDescription: '',
      locations: [],
      schedules: [],
      contacts: [],
      termIds: [],
    });
  });
});
