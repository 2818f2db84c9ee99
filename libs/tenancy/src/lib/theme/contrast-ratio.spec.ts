import { contrastRatio, relativeLuminance } from './contrast-ratio';

describe('WCAG 2.1 contrast', () => {
  it('gives black a luminance of 0 and white of 1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('weighs green most and blue least, as the eye does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('rates black on white 21:1 and a colour on itself 1:1, whichever comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('puts #767676 on white just above AA and #777777 just below', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#003d73', '#ffffff')).toBeCloseTo(10.97, 2);
  });

  it('accepts upper-case hex and refuses anything but #rrggbb', () => {
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(() => relativeLuminance('#fff')).toThrow('#rrggbb');
    expect(() => relativeLuminance('red')).toThrow('#rrggbb');
  });
});
