import { themeContrastProblems } from './theme-contrast';

describe('theme contrast check', () => {
  it('passes a dark primary colour with white text', () => {
    expect(themeContrastProblems({ primaryColor: '#003d73', primaryTextColor: '#ffffff' })).toEqual([]);
  });

  it('passes an empty theme, which uses the defaults', () => {
    expect(themeContrastProblems({})).toEqual([]);
  });

  it('names both failing pairs of a pale primary colour, with the ratio in Danish', () => {
    expect(themeContrastProblems({ primaryColor: '#aabbcc', primaryTextColor: '#ffffff' })).toEqual([
      {
        field: 'primaryTextColor',
        message:
          'Kontrasten mellem primærfarve (#aabbcc) og tekst på primærfarve (#ffffff) er 1,9:1; WCAG 2.1 AA kræver mindst 4,5:1.',
      },
      {
        field: 'primaryColor',
        message:
          'Kontrasten mellem primærfarve (#aabbcc) og sidens hvide baggrund (#ffffff) er 1,9:1; WCAG 2.1 AA kræver mindst 4,5:1.',
      },
    ]);
  });

  it('refuses dark text on a dark primary colour even though the colour reads well on white', () => {
    const problems = themeContrastProblems({ primaryColor: '#003d73', primaryTextColor: '#222222' });
    expect(problems.map((problem) => problem.field)).toEqual(['primaryTextColor']);
  });

  it('never shows a ratio just short of 4.5 as 4,5', () => {
    const [problem] = themeContrastProblems({ primaryColor: '#777777' });
    expect(problem.message).toContain('er 4,4:1');
  });

  it('asks for a primary colour when only the text colour is given', () => {
    expect(themeContrastProblems({ primaryTextColor: '#ffffff' })).toEqual([
      { field: 'primaryTextColor', message: expect.stringContaining('angiv også primaryColor') },
    ]);
  });

  it('names a stored colour it cannot read instead of failing', () => {
    expect(themeContrastProblems({ primaryColor: 'red', primaryTextColor: '#ffffff' })).toEqual([
      { field: 'primaryColor', message: expect.stringContaining('primaryColor (red) er ikke en farve') },
    ]);
  });
});
