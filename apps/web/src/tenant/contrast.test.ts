import { describe, expect, test } from '@jest/globals';
import { contrastRatio, meetsAA, normalizeHexColor, relativeLuminance, truncateRatio } from './contrast';

describe('WCAG 2.1 contrast', () => {
  test('black on white is the greatest contrast there is, 21:1', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
  });

  test('a colour on itself has no contrast, 1:1', () => {
    expect(contrastRatio('#1d4f73', '#1D4F73')).toBe(1);
  });

  test('mid grey #777777 on white is about 4.48:1 and fails AA', () => {
    const ratio = contrastRatio('#777777', '#ffffff') ?? 0;
    expect(ratio).toBeCloseTo(4.48, 2);
    expect(meetsAA(ratio)).toBe(false);
  });

  test('#767676 on white is the lightest grey that passes AA', () => {
    const ratio = contrastRatio('#767676', '#ffffff') ?? 0;
    expect(ratio).toBeCloseTo(4.54, 2);
    expect(meetsAA(ratio)).toBe(true);
  });

  test('the default brand colour with white text passes AA', () => {
    expect(meetsAA(contrastRatio('#ffffff', '#1d4f73') ?? 0)).toBe(true);
  });

  test('relative luminance runs from 0 for black to 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  test('short hex colours count as their long form; other notations cannot be measured', () => {
    expect(normalizeHexColor(' #ABC ')).toBe('#aabbcc');
    expect(normalizeHexColor('#1d4f73')).toBe('#1d4f73');
    expect(normalizeHexColor('blue')).toBeUndefined();
    expect(normalizeHexColor('#12345')).toBeUndefined();
    expect(contrastRatio('rgb(0 0 0)', '#ffffff')).toBeUndefined();
  });

  test('a ratio just below 4.5 is shown as 4.49, never rounded up to a pass', () => {
    expect(truncateRatio(4.4999)).toBe(4.49);
    expect(truncateRatio(21)).toBe(21);
  });
});
