import type { TestApp } from '@socialkompas/testing';
import { DataSource } from 'typeorm';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

interface Unanswered {
  query: string;
  searches: number;
}

const queries = (list: Unanswered[]) => list.map((entry) => entry.query);

describe('search statistics', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  const searchIn = (fixture: CatalogueFixture, query: string) =>
    fixture.get(`/api/v1/offers?${query}`).expect(200);

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('stats', ['Statistikkommune A', 'Statistikkommune B']));
    await a.loadTaxonomy();
    const organizationId = await a.organization('Sorgforeningen');
    await a.offer({
      organizationId,
      name: 'Sorggruppe for voksne',
      summary: 'Mød andre, der har mistet.',
      termIds: [a.term('challenge', 'sorg')],
      minimumAge: 30,
      locations: [{ postalCode: '8000', address1: 'Mejlgade 1' }],
    });
  });

  afterAll(() => testApp.close());

  it('tells a text that found nothing from a text the filters left without results', async () => {
    await searchIn(a, 'q=sorggruppe'); // found
    await searchIn(a, 'q=sorggruppe&age=12'); // the text finds it, the age filter leaves nothing
    await searchIn(a, 'q=sorggruppe&age=12');
    await searchIn(a, 'q=ingenting-her&age=40'); // the text finds nothing, with a filter or not
    await searchIn(a, 'q=ingenting-her');
    await searchIn(a, 'challenge=angst'); // a filter alone that finds nothing
    await searchIn(b, 'q=kun-i-b&age=12');

    const stats = (await a.get('/api/v1/admin/search-stats').expect(200)).body;
    expect(stats).toMatchObject({
      searches: 6,
      zeroResultSearches: 5,
      zeroResultsForText: 2,
      zeroResultsWithFilters: 3,
    });
    expect(stats.zeroResultQueries).toEqual([
      expect.objectContaining({ query: 'ingenting-her', searches: 2 }),
    ]);
    expect(stats.filteredOutQueries).toEqual([expect.objectContaining({ query: 'sorggruppe', searches: 2 })]);
    expect(queries(stats.zeroResultQueries)).not.toContain('sorggruppe');
    // Another tenant's searches are in its own statistics only.
    expect(JSON.stringify(stats)).not.toContain('kun-i-b');
    const inB = (await b.get('/api/v1/admin/search-stats').expect(200)).body;
    expect(inB).toMatchObject({ searches: 1, zeroResultsForText: 1, zeroResultsWithFilters: 0 });
    expect(queries(inB.zeroResultQueries)).toEqual(['kun-i-b']);
  });

  it('reads searches logged before the text’s own count was kept by whether they had filters', async () => {
    await testApp.app.get(DataSource).query(
      `INSERT INTO "t_${a.slug}".search_log (query, term_ids, filters, result_count)
       VALUES ('gammel uden filter', '{}', '{"sort": "relevance"}', 0), ('gammel med filter', '{}', '{"age": "12"}', 0)`,
    );
    const stats = (await a.get('/api/v1/admin/search-stats').expect(200)).body;
    expect(queries(stats.zeroResultQueries)).toContain('gammel uden filter');
    expect(queries(stats.filteredOutQueries)).toContain('gammel med filter');
  });
});
