import { browserAvailable, BrowserClient } from '@socialkompas/testing';
import type { Page } from 'playwright-core';
import { checkPage, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const PEOPLE = [{ login: 'redaktoer', name: 'Rikke Redaktør', email: 'rikke@example.dk' }];

/** Associations and publishing their offers, in Chromium at a phone's 390×844. */
describeInBrowser('associations and publishing in a browser', () => {
  let web: WebFixture;
  let aarhus: Site;
  let silkeborg: Site;

  beforeAll(async () => {
    web = await WebFixture.start(PEOPLE);
    aarhus = await web.site(
      'web_orgs_aarhus',
      'Aarhus Kommune',
      { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
      6,
    );
    silkeborg = await web.site(
      'web_orgs_silkeborg',
      'Silkeborg Kommune',
      { primaryColor: '#00613a', primaryTextColor: '#ffffff' },
      6,
    );
    for (const site of [aarhus, silkeborg]) await web.login.invite(site.tenant, 'redaktoer', 'editor');
  });

  afterAll(() => web?.close());

  /** The public API, as a citizen's browser asks it. */
  const publicApi = (site: Site, path: string) => new BrowserClient().get(`${site.origin}${path}`);

  async function suggestAsCitizen(site: Site): Promise<void> {
    const context = await web.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/foreslaa-tilbud`);
    await page.getByLabel('Tilbuddets navn').fill('Havefællesskab for ensomme');
    await page.getByLabel('Beskrivelse').fill('Vi luger, sår og drikker kaffe sammen i haven hver uge.');
    await page.getByLabel('Hvor foregår det?').fill('Solsikkehaven, Vestergade 5, 8000 Aarhus C');
    await page.getByLabel('Hvornår?').fill('Hver torsdag kl. 15–17');
    await page.getByLabel('Foreningens navn').fill('Haveforeningen Solsikken');
    await page.getByLabel('Kontaktperson').fill('Mette Jensen');
    await page.getByLabel('E-mail').fill('mette@solsikken.dk');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.getByText(/Dit forslag er sendt til redaktionen/).waitFor();
    await context.close();
  }

  it('turns a new association’s suggestion into an offer citizens find, after one confirmation', async () => {
    await suggestAsCitizen(aarhus);
    const context = await web.newContext();
    const page = await context.newPage();
    await web.logIn(page, aarhus, 'redaktoer', '/personale/godkendelse');
    await page
      .getByRole('button', { name: /Havefællesskab for ensomme/ })
      .first()
      .waitFor();
    await page
      .getByText(
        'Kommer med i kladden som et sted, der skal tjekkes: Solsikkehaven, Vestergade 5, 8000 Aarhus C.',
      )
      .waitFor();
    await checkPage(page, 'suggestion-with-place-aarhus-phone');
    await page.getByRole('button', { name: 'Opret som kladde: Havefællesskab for ensomme' }).click();
    await page.getByRole('link', { name: 'Åbn kladden' }).click();

    await page.getByRole('heading', { level: 1, name: 'Havefællesskab for ensomme' }).waitFor();
    const check = page.getByRole('region', { name: 'Tjek stedet fra forslaget' });
    expect(await check.textContent()).toContain('Solsikkehaven, Vestergade 5, 8000 Aarhus C');
    const offerId = page.url().split('/').at(-1) ?? '';
    await checkPage(page, 'draft-with-place-to-check-aarhus-phone');

    await page.getByRole('button', { name: 'Offentliggør', exact: true }).click();
    await page
      .getByText(
        'Foreningen «Haveforeningen Solsikken» er ikke offentliggjort. Offentliggør både foreningen og tilbuddet?',
      )
      .waitFor();
    // Nothing is published before the editor says yes.
    expect((await publicApi(aarhus, `/api/v1/offers/${offerId}`)).status).toBe(404);
    await checkPage(page, 'publish-both-question-aarhus-phone');
    await page.getByRole('button', { name: 'Offentliggør begge' }).click();
    await page.getByText('Tilbuddet er offentliggjort. Borgerne kan finde det nu.').waitFor();

    const offer = await publicApi(aarhus, `/api/v1/offers/${offerId}`);
    expect(offer.status).toBe(200);
    expect(offer.json<{ organization: { name: string } }>().organization.name).toBe(
      'Haveforeningen Solsikken',
    );
    const search = await publicApi(aarhus, `/api/v1/offers?q=${encodeURIComponent('havefællesskab')}`);
    expect(search.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toContain(offerId);
    // Not in the other municipality.
    expect((await publicApi(silkeborg, `/api/v1/offers/${offerId}`)).status).toBe(404);
    await context.close();
  });

  async function waitForPage(page: Page, heading: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
  }

  it('lets an editor create, correct, trust and publish an association on a phone, in both themes', async () => {
    const created: string[] = [];
    for (const site of [aarhus, silkeborg]) {
      const label = site === aarhus ? 'aarhus' : 'silkeborg';
      const name = `Sorggruppen ${label}`;
      const context = await web.newContext();
      const page = await context.newPage();
      await web.logIn(page, site, 'redaktoer', '/personale/foreninger');
      await waitForPage(page, 'Foreninger');
      await page.locator('table tbody tr').first().waitFor();
      await checkPage(page, `organization-list-${label}-phone`);

      await page.getByRole('link', { name: 'Ny forening' }).click();
      await waitForPage(page, 'Ny forening');
      await checkPage(page, `organization-new-${label}-phone`);
      await page.getByLabel('Navn', { exact: true }).fill(name);
      await page.getByLabel('CVR-nummer').fill('1234');
      await page.getByRole('button', { name: 'Opret foreningen' }).click();
      await page.getByRole('heading', { name: 'Foreningen blev ikke gemt. Ret det her:' }).waitFor();
      expect(await page.getByLabel('CVR-nummer').getAttribute('aria-invalid')).toBe('true');
      await checkPage(page, `organization-new-error-${label}-phone`);
      await page.getByLabel('CVR-nummer').fill('12345678');
      await page.getByRole('button', { name: 'Opret foreningen' }).click();

      await waitForPage(page, name);
      await page.getByText(`Foreningen «${name}» er oprettet som kladde.`).waitFor();
      await page.getByRole('checkbox', { name: 'Betroet forening' }).check();
      await page.getByRole('button', { name: 'Gem ændringer' }).click();
      await page.getByText('Ændringerne er gemt.').waitFor();
      await checkPage(page, `organization-edit-${label}-phone`);
      await page.getByRole('button', { name: 'Offentliggør' }).click();
      await page.getByText('Foreningen er offentliggjort.').waitFor();
      expect(
        await page.getByRole('link', { name: 'Nyt tilbud for foreningen' }).getAttribute('href'),
      ).toMatch(/^\/personale\/tilbud\/nyt\?forening=/);

      const id = page.url().split('/').at(-1) ?? '';
      const [saved] = await web.login
        .dataSource()
        .query(`SELECT status, trusted, tax_id FROM "t_${site.tenant.slug}".organizations WHERE id = $1`, [
          id,
        ]);
      expect(saved).toEqual({ status: 'published', trusted: true, tax_id: '12345678' });
      expect((await publicApi(site, `/api/v1/organizations/${id}`)).status).toBe(200);

      await page.goto(`${site.origin}/personale/foreninger?q=${encodeURIComponent(name)}`);
      await page.getByRole('link', { name, exact: true }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: '1 forening' }).count()).toBe(1);
      // Another municipality's association does not open here.
      for (const other of created) {
        await page.goto(`${site.origin}/personale/foreninger/${other}`);
        await page.getByRole('alert').filter({ hasText: 'Organisationen findes ikke' }).waitFor();
      }
      created.push(id);
      await context.close();
    }
  });
});
