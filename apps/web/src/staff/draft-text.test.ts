import { describe, expect, test } from '@jest/globals';
import { draftText } from './draft-text';
import { emptyDraft } from './offer-draft';
import { emptyContact, emptyOpening, emptyPlace } from './offer-draft-lists';

const names = { term: (id: string) => `emne ${id}`, organization: (id: string) => `forening ${id}` };

describe('a draft field in words, for the conflict view', () => {
  test('names places, times, contacts, languages and the association as people read them', () => {
    const draft = {
      ...emptyDraft('o1'),
      languages: ['da', 'ar'],
      attendingTypes: ['in_person' as const, 'phone' as const],
      locations: [{ ...emptyPlace(), address1: 'Mejlgade 1', postalCode: '8000', city: 'Aarhus C' }],
      schedules: [{ ...emptyOpening(), byday: ['TU' as const], opensAt: '17.30', closesAt: '19' }],
      contacts: [{ ...emptyContact(), name: 'Mette', title: 'Kok', phone: '20304050' }],
      termIds: ['t1'],
    };
    expect(draftText(draft, 'organizationId', names)).toBe('forening o1');
    expect(draftText(draft, 'languages', names)).toBe('dansk, arabisk');
    expect(draftText(draft, 'attendingTypes', names)).toBe('Fremmøde, Telefon');
    expect(draftText(draft, 'locations', names)).toBe('Mejlgade 1, 8000 Aarhus C');
    expect(draftText(draft, 'schedules', names)).toBe('Tirsdag kl. 17.30–19.00');
    expect(draftText(draft, 'contacts', names)).toBe('Mette, Kok, 20304050');
    expect(draftText(draft, 'termIds', names)).toBe('emne t1');
    expect(draftText(draft, 'isFree', names)).toBe('Ja');
  });
});
