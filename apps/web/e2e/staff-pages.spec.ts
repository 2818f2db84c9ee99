import { browserAvailable, BrowserClient } from '@socialkompas/testing';
import type { Page } from 'playwright-core';
import { checkPage, DESKTOP, primaryColor, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const PEOPLE = [
  { login: 'medarbejder', name: 'Mette Medarbejder', email: 'mette@example.dk' },
  { login: 'redaktoer', name: 'Rikke Redaktør', email: 'rikke@example.dk' },
  { login: 'admin', name: 'Anders Admin', email: 'anders@example.dk' },
  { login: 'koordinator', name: 'Karen Koordinator', email: 'karen@example.dk' },
];

/** What staff do, logged in through the development IdP's own pages, in Chromium. */
describeInBrowser('staff pages in a browser', () => {
  let web: WebFixture;
  let aarhus: Site;
  let silkeborg: Site;
  let region: Site;

  beforeAll(async () => {
    web = await WebFixture.start(PEOPLE);
    region = await web.region('web_staff_region', 'Region Midtjylland');
    await web.login.invite(region.tenant, 'koordinator', 'regional_coordinator');
    aarhus = await web.site(
      'web_staff_aarhus',
      'Aarhus Kommune',
      { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
      40,
      { region: region.tenant.slug },
    );
    silkeborg = await web.site(
      'web_staff_silkeborg',
      'Silkeborg Kommune',
      { primaryColor: '#00613a', primaryTextColor: '#ffffff' },
      20,
      { region: region.tenant.slug },
    );
    for (const site of [aarhus, silkeborg]) {
      await web.login.invite(site.tenant, 'medarbejder', 'staff');
      await web.login.invite(site.tenant, 'redaktoer', 'editor');
      await web.login.invite(site.tenant, 'admin', 'tenant_admin');
    }
  });

  afterAll(() => web?.close());

  async function publishedOffers(site: Site, count: number): Promise<{ id: string; name: string }[]> {
    return web.login
      .dataSource()
      .query(
        `SELECT id, name FROM "t_${site.tenant.slug}".offers WHERE status = 'published' ORDER BY name LIMIT $1`,
        [count],
      );
  }

  it('lets a staff member collect two offers in "min liste", print the handout and hand it over as a link', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    await web.logIn(page, aarhus, 'medarbejder', '/sog');
    await page.locator('ol.results > li').first().waitFor();
    const cards = page.locator('ol.results > li');
    const names: string[] = [];
    for (const index of [0, 1]) {
      names.push((await cards.nth(index).getByRole('heading').textContent()) ?? '');
      await cards
        .nth(index)
        .getByRole('button', { name: /^Tilføj til min liste: / })
        .click();
    }
    await page.getByRole('link', { name: /Min liste\s*2/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Min liste' }).waitFor();
    for (const name of names) await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await checkPage(page, 'shortlist-aarhus-phone');

    // The printed page is the handout: a title for the citizen, the offers, a QR code, no tools.
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { level: 1, name: 'Tilbud til dig' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tøm listen' }).isVisible()).toBe(false);
    expect(await page.getByRole('img', { name: /Scan koden/ }).isVisible()).toBe(true);
    await page.pdf({ path: `${__dirname}/screenshots/handout-aarhus.pdf`, format: 'A4' });
    await page.screenshot({ path: `${__dirname}/screenshots/handout-aarhus-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The link holds only offer ids; a citizen without login sees the same offers.
    const link = await page.evaluate(
      () =>
        `${location.origin}/liste?tilbud=${JSON.parse(localStorage.getItem('sk-shortlist') ?? '[]').join(',')}`,
    );
    const citizen = await web.newContext();
    const handout = await citizen.newPage();
    await handout.goto(link);
    await handout.getByRole('heading', { level: 1, name: 'Tilbud til dig' }).waitFor();
    for (const name of names) await handout.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    expect(await handout.getByRole('button', { name: /Tilføj/ }).count()).toBe(0);
    await citizen.close();
    await context.close();
  });

  it('lets an editor fix a validation error the API reports, and keeps the change in that municipality', async () => {
    const [offer] = await publishedOffers(aarhus, 1);
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await web.logIn(page, aarhus, 'redaktoer', `/personale/tilbud/${offer.id}`);
    await page.getByRole('heading', { level: 1, name: offer.name, exact: true }).waitFor();
    expect(await page.title()).toBe(`Rediger ${offer.name} – Aarhus Kommune – Socialkompas`);
    await checkPage(page, 'edit-aarhus-desktop');

    const website = page.getByLabel('Hjemmeside', { exact: true });
    await website.fill('ikke en adresse');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    const summary = page.getByRole('heading', { name: /Ændringerne blev ikke gemt/ });
    await summary.waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'edit-error-aarhus-desktop');

    await website.fill('https://www.eksempel.dk/nyt-tilbud');
    // The offer's own name; its contact persons have names too.
    const name = page.getByRole('group', { name: 'Om tilbuddet' }).getByLabel('Navn', { exact: true });
    await name.fill(`${offer.name} (rettet)`);
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByText('Ændringerne er gemt.').waitFor();
    const [saved] = await web.login
      .dataSource()
      .query(`SELECT name, url FROM "t_${aarhus.tenant.slug}".offers WHERE id = $1`, [offer.id]);
    expect(saved).toEqual({ name: `${offer.name} (rettet)`, url: 'https://www.eksempel.dk/nyt-tilbud' });

    await context.close();

    // The other municipality's editor (a browser of their own) can neither open it nor find it.
    const other = await web.newContext(DESKTOP);
    const otherPage = await other.newPage();
    await web.logIn(otherPage, silkeborg, 'redaktoer', `/personale/tilbud/${offer.id}`);
    await otherPage.getByRole('alert').waitFor();
    for (const site of [aarhus, silkeborg]) {
      await otherPage.goto(`${site.origin}/sog?q=${encodeURIComponent(`${offer.name} rettet`)}`);
      await otherPage
        .locator('.search-toolbar__count')
        .filter({ hasText: /fundet/ })
        .waitFor();
      expect(await otherPage.locator(`a[href="/tilbud/${offer.id}"]`).count()).toBe(site === aarhus ? 1 : 0);
    }
    await other.close();
  });

  it('shows a tenant admin’s new primary colour on the public pages', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await web.logIn(page, aarhus, 'admin', '/admin/tema');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPage(page, 'theme-aarhus-desktop');
    const primary = page.getByRole('group', { name: 'Primærfarve', exact: true }).getByLabel('Farvekode');
    await primary.fill('#eeeeee');
    await page.getByRole('button', { name: 'Gem tema' }).click();
    await page.getByText(/4,5:1/).first().waitFor(); // refused, naming the pair and the ratio
    await primary.fill('#7a1f5c');
    await page.getByRole('button', { name: 'Gem tema' }).click();
    await page.getByText('Temaet er gemt og vises nu på alle sider.').waitFor();

    const visitor = await web.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${aarhus.origin}/`);
    expect(await primaryColor(publicPage)).toBe('#7a1f5c');
    await publicPage.goto(`${silkeborg.origin}/`);
    expect(await primaryColor(publicPage)).toBe('#00613a');
    await visitor.close();
    await context.close();
  });

  it('puts the accessibility statement a tenant admin sets in every page’s footer and behind /was', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await web.logIn(page, silkeborg, 'admin', '/admin/indstillinger');
    const address = page.getByLabel('Adresse på tilgængelighedserklæringen');
    await address.fill('http://silkeborg.localhost/tilgaengelighed');
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page.getByText('Indstillingerne er gemt.').waitFor();

    const visitor = await web.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${silkeborg.origin}/`);
    const link = publicPage.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' });
    expect(await link.getAttribute('href')).toBe('http://silkeborg.localhost/tilgaengelighed');
    const redirect = await new BrowserClient().get(`${silkeborg.origin}/was`, { followRedirects: false });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe('http://silkeborg.localhost/tilgaengelighed');
    // Aarhus has set none: no link, and /was says so.
    await publicPage.goto(`${aarhus.origin}/`);
    await publicPage.getByRole('heading', { level: 1 }).waitFor();
    expect(await publicPage.getByRole('link', { name: 'Tilgængelighedserklæring' }).count()).toBe(0);
    expect((await new BrowserClient().get(`${aarhus.origin}/was`, { followRedirects: false })).status).toBe(
      404,
    );
    await visitor.close();
    await context.close();
  });

  it('lets a regional coordinator search both municipalities’ offers, drafts included, read-only, on the region’s host only', async () => {
    const [offer, draft] = await publishedOffers(silkeborg, 2);
    const sql = web.login.dataSource();
    await sql.query(`UPDATE "t_${silkeborg.tenant.slug}".offers SET status = 'draft' WHERE id = $1`, [
      draft.id,
    ]);
    await sql.query(`UPDATE "t_${silkeborg.tenant.slug}".search_state SET generation = generation + 1`);
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await web.logIn(page, region, 'koordinator', '/region');
    await page.getByRole('heading', { level: 1, name: 'Søg i tilbuddene i Region Midtjylland' }).waitFor();
    const municipalities = page.getByRole('group', { name: 'Kommune' });
    await municipalities.getByRole('checkbox', { name: /Aarhus Kommune \(\d+\)/ }).waitFor();
    await municipalities.getByRole('checkbox', { name: /Silkeborg Kommune \(\d+\)/ }).waitFor();
    await checkPage(page, 'region-search');
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Kladde (1)' }).click();
    await page.waitForURL(/status=draft/);
    await page.getByRole('link', { name: draft.name, exact: true }).waitFor();
    await page.getByRole('article').getByText('Kladde').waitFor();
    await checkPage(page, 'region-search-drafts');
    await page.getByRole('link', { name: draft.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: draft.name, exact: true }).waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Gem|Godkend|Offentliggør/ })
        .count(),
    ).toBe(0);
    await checkPage(page, 'region-offer');
    await page.goto(`${region.origin}/region/statistik`);
    await page.getByRole('heading', { level: 1, name: 'Søgestatistik for Region Midtjylland' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkPage(page, 'region-statistics');
    // An offer by id through the region of another municipality is refused.
    await page.goto(`${region.origin}/region/${aarhus.tenant.slug}/${offer.id}`);
    await page.getByRole('alert').waitFor();
    // The session belongs to the region's host: on a municipality's host nobody is logged in.
    await page.goto(`${aarhus.origin}/region`);
    await page.getByRole('heading', { level: 1, name: 'Log ind for at se siden' }).waitFor();
    await context.close();
  });

  async function visitAll(page: Page, site: Site, label: string): Promise<void> {
    const [offer] = await publishedOffers(site, 1);
    for (const [path, name] of [
      ['/personale', 'dashboard'],
      ['/personale/tilbud', 'offer-list'],
      [`/personale/tilbud/${offer.id}`, 'edit'],
      [`/tilbud/${offer.id}`, 'offer'],
      ['/admin/tema', 'theme'],
      ['/personale/godkendelse', 'review'],
      ['/personale/fejlmeldinger', 'reports'],
      ['/admin', 'users'],
      ['/admin/indstillinger', 'settings'],
      ['/admin/login', 'login-setup'],
      ['/admin/statistik', 'statistics'],
      ['/admin/log', 'audit-log'],
      ['/admin/post', 'outbox'],
    ]) {
      await page.goto(`${site.origin}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkPage(page, `${name}-${label}`);
    }
  }

  it('passes axe on the login entry, the offer page, the staff and the admin pages, in both themes', async () => {
    for (const site of [aarhus, silkeborg]) {
      const label = site === aarhus ? 'aarhus' : 'silkeborg';
      const context = await web.newContext(DESKTOP);
      const page = await context.newPage();
      await page.goto(`${site.origin}/for-fagfolk`);
      await page.getByRole('heading', { level: 1, name: 'For fagfolk' }).waitFor();
      await checkPage(page, `login-${label}`);
      await page.goto(`${site.origin}/foreslaa-tilbud`);
      await page.getByRole('heading', { level: 1, name: 'Foreslå et tilbud' }).waitFor();
      await checkPage(page, `suggest-${label}`);
      await web.logIn(page, site, 'admin', '/personale');
      await visitAll(page, site, label);
      await context.close();
    }
    // Some 30 pages, each checked by axe and photographed whole, on a machine shared with other work.
  }, 180_000);
});
