import { svgProblems } from './svg-safety';

const svg = (body: string, attributes = '') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${body}</svg>`, 'utf8');

describe('the SVG logo check', () => {
  it('lets a plain logo with gradients and #fragment references through', () => {
    expect(
      svgProblems(svg('<defs><linearGradient id="g"/></defs><rect style="fill:url(#g)"/><use href="#g"/>')),
    ).toEqual([]);
  });

  it('refuses code however it is spelt', () => {
    expect(svgProblems(svg('<SCRIPT>alert(1)</SCRIPT>'))).toEqual(['Den indeholder scripts (<script>).']);
    expect(svgProblems(svg('<svg:script>alert(1)</svg:script>'))).toContain(
      'Den indeholder scripts (<script>).',
    );
    expect(svgProblems(svg('<rect/>', ' ONLOAD="alert(1)"'))).toEqual([
      'Den har hændelseskode (attributter som onload=).',
    ]);
    expect(svgProblems(svg('<set attributeName="href" to="#x"/>'))).toEqual([
      'Den ændrer links med animationer.',
    ]);
  });

  it('refuses what would hide the rest from the check: another encoding, NUL', () => {
    const utf16 = Buffer.from('\ufeff<svg><script>alert(1)</script></svg>', 'utf16le');
    expect(svgProblems(utf16)).toEqual(['Den er ikke gemt som UTF-8.']);
    expect(svgProblems(svg('<rect/>\u0000'))).toEqual(['Den indeholder NUL-tegn.']);
  });

  it('refuses references to other files, in attributes and in styles', () => {
    expect(svgProblems(svg("<image href='data:image/png;base64,AAAA'/>"))).toEqual([
      'Den henviser til filer udefra (href til andet end #).',
    ]);
    expect(svgProblems(svg('<rect style="fill:url(https://x.example/a.svg#g)"/>'))).toEqual([
      'Den henter filer udefra (url(…)).',
    ]);
  });
});
