import { describe, expect, test } from '@jest/globals';
import { priceText } from './price-text';

describe('an offer price in words', () => {
  test('a free offer says so', () => {
    expect(priceText({ isFree: true, feeAmount: null, feesDescription: '' })).toBe('Gratis');
  });

  test('the amount leads a description that does not say it', () => {
    expect(priceText({ isFree: false, feeAmount: 50, feesDescription: 'pr. gang' })).toBe(
      '50 kr. – pr. gang',
    );
  });

  test('a description that already says the amount stands alone', () => {
    expect(priceText({ isFree: false, feeAmount: 150, feesDescription: 'Kontingent 150 kr. om året' })).toBe(
      'Kontingent 150 kr. om året',
    );
  });
});
