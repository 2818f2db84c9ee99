import { browserAvailable } from '@socialkompas/testing';
import type { Locator, Page } from 'playwright-core';
import { checkPage, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const WEEKDAY_NAMES = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
/** Today's weekday in Denmark (0 = Monday), where the search's open_now reads the opening times. */
const todayInDenmark = () =>
  ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Copenhagen' }).format(new Date()),
  );

/** Waits for a control to hold a value the page puts there by itself. */
async function valueAppears(control: Locator, value: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await control.inputValue()) === value) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The control never held "${value}"; it holds "${await control.inputValue()}".`);
}

interface Hit {
  id: string;
}

/** An editor creates, publishes and edits an offer with the whole editor, in Chromium at phone size. */
describeInBrowser('the offer editor in a browser', () => {
  let web: WebFixture;
  let aarhus: Site;
  let silkeborg: Site;

  beforeAll(async () => {
    web = await WebFixture.start([{ login: 'redaktoer', name: 'Rikke Redaktør', email: 'rikke@example.dk' }]);
    aarhus = await web.site(
      'web_editor_aarhus',
      'Aarhus Kommune',
      { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
      10,
    );
    silkeborg = await web.site(
      'web_editor_silkeborg',
      'Silkeborg Kommune',
      { primaryColor: '#00613a', primaryTextColor: '#ffffff' },
      10,
    );
    for (const site of [aarhus, silkeborg]) await web.login.invite(site.tenant, 'redaktoer', 'editor');
  });

  afterAll(() => web?.close());

  async function publishedAssociation(site: Site): Promise<{ id: string; name: string }> {
    const [association] = await web.login
      .dataSource()
      .query(
        `SELECT id, name FROM "t_${site.tenant.slug}".organizations WHERE status = 'published' ORDER BY name LIMIT 1`,
      );
    return association;
  }

  async function addPlace(page: Page, number: number, address: string, postcode: string, town: string) {
    await page.getByRole('button', { name: 'Tilføj sted' }).click();
    const place = page.getByRole('group', { name: `Sted ${number}`, exact: true });
    await place.getByLabel('Adresse', { exact: true }).fill(address);
    await place.getByLabel('Postnummer', { exact: true }).fill(postcode);
    // The town comes from the API's postcode table.
    await valueAppears(place.getByLabel('By', { exact: true }), town);
  }

  async function addTime(page: Page, number: number, days: number[], from: string, to: string) {
    await page.getByRole('button', { name: 'Tilføj tid' }).click();
    const time = page.getByRole('group', { name: `Tid ${number}`, exact: true });
    for (const day of days) await time.getByLabel(WEEKDAY_NAMES[day], { exact: true }).check();
    await time.getByLabel('Fra', { exact: true }).fill(from);
    await time.getByLabel('Til', { exact: true }).fill(to);
  }

  /** What the public search answers, asked from a citizen's browser without a login. */
  async function citizenSearch(page: Page, query: string): Promise<string[]> {
    const body = await page.evaluate(
      async (path) => (await fetch(path)).json() as Promise<{ items: Hit[] }>,
      `/api/v1/offers?${query}`,
    );
    return body.items.map((item) => item.id);
  }

  it('creates an offer with two places and two opening times, publishes it, and citizens find it', async () => {
    const association = await publishedAssociation(aarhus);
    const context = await web.newContext();
    const page = await context.newPage();
    await web.logIn(page, aarhus, 'redaktoer', `/personale/tilbud/nyt?forening=${association.id}`);
    await page.getByRole('heading', { level: 1, name: 'Nyt tilbud' }).waitFor();
    const chooser = page.getByRole('combobox', { name: 'Forening', exact: true });
    await page.waitForFunction((id) => document.querySelector('select')?.value === id, association.id);
    expect(await chooser.inputValue()).toBe(association.id);

    await page.getByLabel('Navn', { exact: true }).fill('Grødcafé Hvedekorn for nye i byen');
    await page.getByLabel('Kort beskrivelse', { exact: true }).fill('Morgenmad og snak for nytilflyttere.');
    await addPlace(page, 1, 'Mejlgade 1', '8000', 'Aarhus C');
    await addPlace(page, 2, 'Sct. Mathias Gade 5', '8800', 'Viborg');
    const today = todayInDenmark();
    // All of today and tomorrow, so the search finds it open whenever the test runs.
    await addTime(page, 1, [today, (today + 1) % 7], '00.00', '24.00');
    await addTime(page, 2, [1], '17.30', '19.00');
    const preview = page.getByRole('region', { name: 'Sådan ser borgerne tiderne' });
    await preview.getByText('Åbent nu').waitFor();
    await preview.getByText('Tirsdag kl. 17.30–19.00').waitFor();
    await page.getByLabel('Koster penge').check();
    await page.getByLabel('Pris', { exact: true }).fill('20 kr. for maden');

    await page.getByRole('button', { name: 'Opret tilbud' }).click();
    await page.getByText('Tilbuddet er oprettet som kladde.').waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByRole('heading', { level: 1, name: 'Grødcafé Hvedekorn for nye i byen' }).waitFor();
    await page.getByRole('button', { name: 'Offentliggør' }).click();
    await page.getByText('Tilbuddet er offentliggjort.').waitFor();

    const citizen = await web.newContext();
    const citizenPage = await citizen.newPage();
    await citizenPage.goto(`${aarhus.origin}/`);
    expect(await citizenSearch(citizenPage, 'q=hvedekorn')).toEqual([id]);
    // Each place counts: near Viborg's postcode by the second, near Aarhus's by the first.
    expect(await citizenSearch(citizenPage, 'postcode=8800&radius_km=5&size=100')).toContain(id);
    expect(await citizenSearch(citizenPage, 'postcode=8000&radius_km=2&size=100')).toContain(id);
    expect(await citizenSearch(citizenPage, 'postcode=2100&radius_km=20&size=100')).not.toContain(id);
    expect(await citizenSearch(citizenPage, 'q=hvedekorn&open_now=true')).toEqual([id]);
    const [stored] = await web.login
      .dataSource()
      .query(`SELECT fees_description, is_free FROM "t_${aarhus.tenant.slug}".offers WHERE id = $1`, [id]);
    expect(stored).toEqual({ fees_description: '20 kr. for maden', is_free: false });
    await citizen.close();

    // Someone else saves in another window meanwhile: this window's save meets the conflict view.
    const other = await context.newPage();
    await other.goto(`${aarhus.origin}/personale/tilbud/${id}`);
    await other.getByLabel('Kort beskrivelse', { exact: true }).fill('Rettet i et andet vindue.');
    await other.getByRole('button', { name: 'Gem ændringer' }).click();
    await other.getByText('Ændringerne er gemt.').waitFor();
    await page.getByLabel('Kort beskrivelse', { exact: true }).fill('Rettet her.');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    const conflict = page.getByRole('heading', { name: 'En anden har gemt tilbuddet imens' });
    await conflict.waitFor();
    const row = page.getByRole('row', { name: /Kort beskrivelse/ });
    await row.getByText('Rettet her.').waitFor();
    await row.getByText('Rettet i et andet vindue.').waitFor();
    await checkPage(page, 'editor-conflict-aarhus-phone');
    await page.getByRole('button', { name: 'Behold mine ændringer' }).click();
    await page.getByText('Ændringerne er gemt.').waitFor();
    const [saved] = await web.login
      .dataSource()
      .query(`SELECT summary FROM "t_${aarhus.tenant.slug}".offers WHERE id = $1`, [id]);
    expect(saved.summary).toBe('Rettet her.');
    await context.close();
  });

  it('passes axe on the new offer page and the editor, filled in and refused, in both themes', async () => {
    for (const site of [aarhus, silkeborg]) {
      const label = site === aarhus ? 'aarhus' : 'silkeborg';
      const association = await publishedAssociation(site);
      const context = await web.newContext();
      const page = await context.newPage();
      await web.logIn(page, site, 'redaktoer', '/personale/tilbud');
      await page.getByRole('link', { name: 'Opret tilbud' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nyt tilbud' }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkPage(page, `create-${label}-phone`);

      // Refused: the summary names the place's field by its label, and leads to it.
      await page.getByRole('button', { name: 'Tilføj sted' }).click();
      await page.getByLabel('Postnummer', { exact: true }).fill('80');
      await page.getByRole('button', { name: 'Opret tilbud' }).click();
      const summary = page.getByRole('region', { name: /Ændringerne blev ikke gemt/ });
      await summary.getByRole('link', { name: 'Navn skal udfyldes.' }).waitFor();
      await summary.getByRole('link', { name: 'Forening skal vælges.' }).waitFor();
      const postcodeMessage = 'Sted 1: Postnummer skal være et dansk postnummer med 4 cifre.';
      await summary.getByRole('link', { name: postcodeMessage }).click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      await checkPage(page, `create-refused-${label}-phone`);

      // Filled in and saved: the editor of the new draft, with its place and time.
      await page.getByRole('combobox', { name: 'Forening', exact: true }).selectOption(association.id);
      await page.getByLabel('Navn', { exact: true }).fill(`Aftencafé i ${site.tenant.name}`);
      await page.getByLabel('Postnummer', { exact: true }).fill('8600');
      await addTime(page, 1, [2], '18.00', '21.00');
      await page.getByLabel('Find emne').fill('ensom');
      await page.getByRole('button', { name: 'Opret tilbud' }).click();
      await page.getByText('Tilbuddet er oprettet som kladde.').waitFor();
      await page.waitForLoadState('networkidle');
      await checkPage(page, `editor-${label}-phone`);
      await context.close();
    }
  });
});
