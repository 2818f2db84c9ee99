// The national offers use the vocabularies every tenant is seeded with, which live with the migrations.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEFAULT_VOCABULARIES } from '../../../../migrations/tenant/data/default-taxonomy';
import type { DemoTerms } from './demo-catalogue';
import { nationalDemoCatalogue } from './demo-national-offers';

describe('nationalDemoCatalogue', () => {
  const catalogue = nationalDemoCatalogue('2026-12-01');
  const published = catalogue.offers.filter((offer) => offer.status === 'published');

  it('holds about thirty published offers that serve everyone: by telephone or online, at no address', () => {
    expect(published.length).toBeGreaterThanOrEqual(30);
    for (const offer of catalogue.offers) {
      expect(offer.locations).toEqual([]);
      expect(offer.attendingTypes.length).toBeGreaterThan(0);
      expect(offer.attendingTypes).not.toContain('in_person');
      expect(offer.isFree).toBe(true);
    }
    expect(new Set(catalogue.offers.map((offer) => offer.name)).size).toBe(catalogue.offers.length);
  });

  it.each(['challenge', 'target_group', 'activity'] as const)(
    'uses %s terms the default vocabulary has, at least one per offer',
    (vocabulary: keyof DemoTerms) => {
      const codes = new Set(
        DEFAULT_VOCABULARIES.filter((candidate) => candidate.code === vocabulary).flatMap((found) =>
          found.terms.map((term) => term.code),
        ),
      );
      for (const offer of catalogue.offers) {
        expect(offer.terms[vocabulary].length).toBeGreaterThan(0);
        expect(offer.terms[vocabulary].filter((code) => !codes.has(code))).toEqual([]);
      }
    },
  );

  it('gives hours the schedules table accepts and ages the offers table accepts', () => {
    for (const offer of catalogue.offers) {
      for (const schedule of offer.schedules) expect(schedule.closesAt > schedule.opensAt).toBe(true);
      if (offer.minimumAge !== null && offer.maximumAge !== null) {
        expect(offer.maximumAge).toBeGreaterThanOrEqual(offer.minimumAge);
      }
      expect(offer.scheduleDescription).not.toBe('');
    }
  });

  it('points every organisation and offer at the reserved .example domain', () => {
    for (const organization of catalogue.organizations) {
      expect(new URL(organization.website).hostname).toMatch(/\.example$/);
      expect(organization.email).toMatch(/\.example$/);
    }
    for (const offer of catalogue.offers) expect(new URL(offer.url ?? '').hostname).toMatch(/\.example$/);
  });

  it('dates published offers before the reference date, drafts unpublished', () => {
    for (const offer of published) expect(Date.parse(offer.publishedAt ?? '')).toBeLessThan(Date.parse('2026-12-01'));
    for (const offer of catalogue.offers.filter((candidate) => candidate.status !== 'published')) {
      expect(offer.publishedAt).toBeNull();
    }
  });
});
