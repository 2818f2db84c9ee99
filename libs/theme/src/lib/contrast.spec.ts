import { contrastRatio, meetsAA, relativeLuminance, truncateRatio } from './contrast';
import { DEFAULT_PRIMARY_COLOR, normalizeHexColor } from './hex-color';

describe('WCAG 2.1 contrast', () => {
  it('black on white is the greatest contrast there is, 21:1', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
  });

  it('a colour on itself has no contrast, 1:1', () => {
    expect(contrastRatio('#1d4f73', '#1D4F73')).toBe(1);
  });

  it('mid grey #777777 on white is about 4.48:1 and fails AA', () => {
    const ratio = contrastRatio('#777777', '#ffffff') ?? 0;
    expect(ratio).toBeCloseTo(4.48, 2);
    expect(meetsAA(ratio)).toBe(false);
  });

  it('#767676 on white is the lightest grey that passes AA', () => {
    const ratio = contrastRatio('#767676', '#ffffff') ?? 0;
    expect(ratio).toBeCloseTo(4.54, 2);
    expect(meetsAA(ratio)).toBe(true);
  });

  it('the default brand colour passes AA with white text and as link text on the white page', () => {
    expect(meetsAA(contrastRatio('#ffffff', DEFAULT_PRIMARY_COLOR) ?? 0)).toBe(true);
  });

  it('weighs green most and blue least, as the eye does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('relative luminance runs from 0 for black to 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('short hex colours count as their long form; other notations cannot be measured', () => {
    expect(normalizeHexColor(' #ABC ')).toBe('#aabbcc');
    expect(normalizeHexColor('#1d4f73')).toBe('#1d4f73');
    expect(normalizeHexColor('blue')).toBeUndefined();
    expect(normalizeHexColor('#12345')).toBeUndefined();
    expect(contrastRatio('rgb(0 0 0)', '#ffffff')).toBeUndefined();
  });

  it('a ratio just below 4.5 is shown as 4.49, never rounded up to a pass', () => {
    expect(truncateRatio(4.4999)).toBe(4.49);
    expect(truncateRatio(21)).toBe(21);
  });
});
