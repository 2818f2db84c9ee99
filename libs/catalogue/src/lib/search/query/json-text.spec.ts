import { SearchAnswerParts, searchAnswerJson } from './json-text';
import { cardTenant, resultItemJson } from './result-item';
import type { OfferFacts } from './search-snapshot';

const card = { id: 'o1', name: 'Samtalegruppe "Åben dør"', summary: 'Kaffe & snak <hver> uge.' };
const summary = card.summary;
const offer = {
  cardJson: JSON.stringify(card),
  snippetText: `${summary} Vi mødes i sognegården og taler om sorg.`,
  summaryLength: summary.length,
  status: 'draft',
} as OfferFacts;
const aarhus = cardTenant({
  slug: 'aarhus',
  name: 'Aarhus Kommune',
  kind: 'municipality',
  url: 'http://aarhus.localhost',
});

describe('a result card as JSON text', () => {
  it('is the card with the search-dependent fields, escaped as JSON and HTML', () => {
    const item = JSON.parse(resultItemJson(offer, { distanceKm: 2.345 }, aarhus, null));
    expect(item).toEqual({
      ...card,
      snippet: 'Kaffe &amp; snak &lt;hver&gt; uge.',
      distanceKm: 2.35,
      tenant: {
        slug: 'aarhus',
        name: 'Aarhus Kommune',
        kind: 'municipality',
        url: 'http://aarhus.localhost',
      },
      national: false,
    });
  });

  it("marks the text's matches, and adds what the audience is given", () => {
    const national = cardTenant({
      slug: 'danmark',
      name: 'Danmark',
      kind: 'national',
      url: 'http://localhost',
    });
    const item = JSON.parse(
      resultItemJson(offer, { distanceKm: null }, national, ['sorg'], { status: 'draft' }),
    );
    expect(item.snippet).toContain('<mark>sorg</mark>');
    expect(item).toMatchObject({ distanceKm: null, national: true, status: 'draft' });
  });
});

describe('a search answer as JSON text', () => {
  it('is the answer itself, its cards included as they were written', () => {
    const items = [resultItemJson(offer, { distanceKm: null }, aarhus, null)];
    const facets = { challenge: [], municipality: [], region: [] } as unknown as SearchAnswerParts['facets'];
    const rest = { total: 1, page: 1, size: 20, origin: null, facets, didYouMean: [] };
    const answer = JSON.parse(searchAnswerJson({ ...rest, items }));
    expect(answer).toEqual({ ...rest, items: items.map((item) => JSON.parse(item)) });
  });
});
