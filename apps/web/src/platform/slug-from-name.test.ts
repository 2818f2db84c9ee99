import { describe, expect, test } from '@jest/globals';
import { slugFromName } from './slug-from-name';

describe('the short name suggested from a tenant’s name', () => {
  test.each([
    ['Odder Kommune', 'odder'],
    ['Ærø Kommune', 'aeroe'],
    ['Høje-Taastrup Kommune', 'hoeje_taastrup'],
    ['Region Midtjylland', 'midtjylland'],
    ['Lyngby-Taarbæk Kommune', 'lyngby_taarbaek'],
    ['Københavns Kommune', 'koebenhavns'],
    ['  Fanø  ', 'fanoe'],
    ['Kommune', 'kommune'],
    ['2200 Nørrebro', 'noerrebro'],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    expect(slug).toMatch(/^[a-z][a-z0-9_]{1,40}$/);
  });
});
