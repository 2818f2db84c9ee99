import { describe, expect, test } from '@jest/globals';
import { openingStateText } from './openings-editor';
import { openingState, type Opening } from './opening-preview';

/** Thursday 3 December 2026, 17.00 in Denmark (16.00 UTC, winter time). */
const THURSDAY_FIVE_PM = new Date('2026-12-03T16:00:00Z');

const opening = (overrides: Partial<Opening>): Opening => ({
  byday: ['TH'],
  opensAt: '16:30',
  closesAt: '18:30',
  validFrom: null,
  validTo: null,
  ...overrides,
});

describe('the opening times preview', () => {
  test('says "Åbent nu" inside an opening, measured on a Danish clock', () => {
    expect(openingStateText([opening({})], THURSDAY_FIVE_PM)).toBe('Åbent nu');
    // 17.00 in Denmark is 16.00 UTC: an opening from 16.30 is open, one closing at 17.00 is not.
    expect(openingState([opening({ opensAt: '15:00', closesAt: '17:00' })], THURSDAY_FIVE_PM)).toMatchObject({
      open: false,
    });
  });

  test('names the next opening by weekday and Danish time', () => {
    const tuesday = opening({ byday: ['TU'], opensAt: '17:30', closesAt: '19:00' });
    expect(openingStateText([tuesday], THURSDAY_FIVE_PM)).toBe('Næste gang: tirsdag 17.30');
    // Later the same day comes before next week.
    const tonight = opening({ opensAt: '19:15', closesAt: '21:00' });
    expect(openingStateText([tuesday, tonight], THURSDAY_FIVE_PM)).toBe('Næste gang: torsdag 19.15');
  });

  test('keeps to the dates an opening is valid between', () => {
    const fromJanuary = opening({ validFrom: '2027-01-07' });
    expect(openingStateText([fromJanuary], THURSDAY_FIVE_PM)).toBe(
      'Næste gang: torsdag 7. januar 2027 16.30',
    );
    const ended = opening({ validTo: '2026-12-02' });
    expect(openingStateText([ended], THURSDAY_FIVE_PM)).toBe('Ingen af tiderne ligger forude.');
  });
});
