import { isHtml, pageTitle, untilTitleIsIn } from './page-title';

const page = (title: string) => `<html><head><title>${title}</title></head><body></body></html>`;

describe('pageTitle', () => {
  it('decodes the page in the charset its content type names', () => {
    const latin1 = Buffer.from(page('Børnehuset Æblet'), 'latin1');
    expect(pageTitle(latin1, { 'content-type': 'text/html; charset="ISO-8859-1"' })).toBe('Børnehuset Æblet');
  });

  it('reads UTF-8 where no charset is named, or an unknown one is', () => {
    const utf8 = Buffer.from(page('Dagtilbud i Århus'));
    expect(pageTitle(utf8, { 'content-type': 'text/html' })).toBe('Dagtilbud i Århus');
    expect(pageTitle(utf8, { 'content-type': 'text/html; charset=no-such-charset' })).toBe(
      'Dagtilbud i Århus',
    );
  });

  it('decodes entities, folds white space and keeps at most 300 characters', () => {
    const title = pageTitle(Buffer.from(page('\n  &AElig;bler &amp;\tp&#230;rer &#xE5;  ')), {});
    expect(title).toBe('Æbler & pærer å');
    expect(pageTitle(Buffer.from(page('x'.repeat(1_000))), {})).toHaveLength(300);
  });

  it('is null for a page without a title, or with an empty one', () => {
    expect(pageTitle(Buffer.from('<html><body>Hej</body></html>'), {})).toBeNull();
    expect(pageTitle(Buffer.from(page('   ')), {})).toBeNull();
  });
});

describe('untilTitleIsIn', () => {
  it('says enough once the title has ended, though the tag came in two chunks', () => {
    const enough = untilTitleIsIn();
    expect(enough(Buffer.from('<html><head><TITLE>Klubben</ti'))).toBe(false);
    expect(enough(Buffer.from('tle><meta charset="utf-8">'))).toBe(true);
  });

  it('says enough at the body, where no title can follow', () => {
    expect(untilTitleIsIn()(Buffer.from('<html><body>'))).toBe(true);
  });
});

describe('isHtml', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['application/xhtml+xml', true],
    ['application/json', false],
    [undefined, false],
  ])('%s → %s', (contentType, expected) => {
    expect(isHtml({ 'content-type': contentType })).toBe(expected);
  });
});
