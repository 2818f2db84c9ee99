import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { browserAvailable, createScratchDatabase } from '@socialkompas/testing';
import { checkPage, DESKTOP, primaryColor, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const REGION_THEME = { primaryColor: '#5c2d91', primaryTextColor: '#ffffff' };
const NATIONAL_THEME = { primaryColor: '#8a1538', primaryTextColor: '#ffffff' };

/** The municipality a result card names (empty for the host's own offers). */
async function originsOfResults(page: Page): Promise<string[]> {
  return page
    .locator('ol.results > li')
    .evaluateAll((items) =>
      items.map((item) => item.querySelector('.result__origin')?.textContent?.trim() ?? ''),
    );
}

/**
 * A region with two member municipalities and the national portal, as a citizen meets them in
 * Chromium against the real API: the region's search across its members, its offer pages on its
 * own host, and the nation's list of municipalities and its national offers. In a database of its
 * own: a national tenant reaches every municipality's search, which must not touch the other
 * browser tests' tenants.
 */
describeInBrowser('the regional and the national portal in a browser', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let web: WebFixture;
  let region: Site;
  let aarhus: Site;
  let silkeborg: Site;
  let national: Site;

  beforeAll(async () => {
    scratch = await createScratchDatabase(`web_network_${randomBytes(3).toString('hex')}`);
    web = await WebFixture.start([], { env: { DATABASE_URL: scratch.url } });
    // The region has no offers of its own: its start page and search show its members'.
    region = await web.region('net_midt', 'Region Midtjylland', REGION_THEME);
    [aarhus, silkeborg] = await web.twoThemedSites('net', [30, 20], { region: region.tenant.slug });
    national = await web.site('net_danmark', 'Hele landet', NATIONAL_THEME, 5, { kind: 'national' });
  }, 240_000);

  afterAll(async () => {
    await web?.close();
    await scratch?.drop();
  });

  /** What the tenant publishes, read from its own schema: what any host's search may show of it. */
  async function publishedCount(site: Site): Promise<number> {
    const [row] = await web.login
      .dataSource()
      .query(`SELECT count(*)::int AS count FROM "t_${site.tenant.slug}".offers WHERE status = 'published'`);
    return row.count;
  }

  it('starts a region’s citizens with tiles counted across its municipalities, in the region’s colours', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    await page.goto(`${region.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Region Midtjylland' }).waitFor();
    expect(await primaryColor(page)).toBe(REGION_THEME.primaryColor);
    await page.locator('.tile').first().waitFor();
    expect(await page.locator('.tile__count').first().textContent()).not.toMatch(/^0 /);
    const members = page.getByRole('region', { name: 'Kommunerne i Region Midtjylland' });
    await members.getByRole('link', { name: 'Aarhus Kommune' }).waitFor();
    await members.getByRole('link', { name: 'Silkeborg Kommune' }).waitFor();
    await checkPage(page, 'region-start-phone');
    await context.close();
  });

  it('finds both municipalities’ offers on the region’s host, naming each, with a municipality facet', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${region.origin}/sog`);
    await page.locator('ol.results > li').first().waitFor();
    const facet = page.getByRole('group', { name: 'Kommune', exact: true });
    const aarhusBox = facet.getByRole('checkbox', { name: /Aarhus Kommune \(\d+\)/ });
    const silkeborgBox = facet.getByRole('checkbox', { name: /Silkeborg Kommune \(\d+\)/ });
    await aarhusBox.waitFor();
    await silkeborgBox.waitFor();
    const count = async (box: typeof aarhusBox) =>
      Number(/\((\d+)\)/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
    // Every published offer of each member, none of their drafts.
    const silkeborgCount = await count(silkeborgBox);
    const aarhusCount = await count(aarhusBox);
    expect(silkeborgCount).toBe(await publishedCount(silkeborg));
    expect(aarhusCount).toBe(await publishedCount(aarhus));
    await checkPage(page, 'region-results-desktop');

    // Disjunctive counts: a municipality's count is what choosing it finds.
    await silkeborgBox.click();
    await page.waitForURL((url) => url.searchParams.get('municipality') === silkeborg.tenant.slug);
    await page.getByText(`${silkeborgCount} tilbud fundet`).waitFor();
    expect(new Set(await originsOfResults(page))).toEqual(new Set(['Silkeborg Kommune']));
    await page
      .getByRole('list', { name: 'Valgte filtre' })
      .getByRole('button', { name: 'Fjern filter: Silkeborg Kommune' })
      .waitFor();
    // Choosing Aarhus too widens the search to both municipalities' offers.
    await aarhusBox.click();
    await page.getByText(`${silkeborgCount + aarhusCount} tilbud fundet`).waitFor();
    await context.close();
  });

  it('opens a member’s offer on the region’s host, themed as the region, with "Se hos …"', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    await page.goto(`${region.origin}/sog?municipality=${aarhus.tenant.slug}`);
    const first = page.locator('ol.results > li').first();
    const title = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    expect(new URL(page.url()).host).toBe(region.host);
    expect(await primaryColor(page)).toBe(REGION_THEME.primaryColor);
    const home = await page.getByRole('link', { name: 'Se hos Aarhus Kommune' }).getAttribute('href');
    const id = new URL(page.url()).pathname.split('/').pop();
    expect(new URL(home ?? '').hostname).toBe(`${aarhus.tenant.slug}.localhost`);
    expect(new URL(home ?? '').pathname).toBe(`/tilbud/${id}`);
    await checkPage(page, 'region-offer-phone');

    // A list handed out on the region's host holds offers of both municipalities, each named.
    const [silkeborgOffer] = await web.login
      .dataSource()
      .query(`SELECT id, name FROM "t_${silkeborg.tenant.slug}".offers WHERE status = 'published' LIMIT 1`);
    await page.goto(`${region.origin}/liste?tilbud=${id},${silkeborgOffer.id}`);
    const entries = page.locator('.handout__offer');
    await entries.nth(1).waitFor();
    expect(await entries.nth(0).locator('.handout__organization').textContent()).toContain('Aarhus Kommune');
    expect(await entries.nth(1).locator('.handout__organization').textContent()).toContain(
      'Silkeborg Kommune',
    );
    await context.close();
  });

  it('lists the municipalities on the national host and finds national offers, in the nation’s colours', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    await page.goto(`${national.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Hele landet' }).waitFor();
    await page.getByText(/i hele Danmark/).waitFor();
    expect(await primaryColor(page)).toBe(NATIONAL_THEME.primaryColor);
    await page.locator('.tile').first().waitFor();
    await checkPage(page, 'national-start-phone');

    await page.getByRole('region', { name: 'Find din kommune' }).getByRole('link').click();
    await page.waitForURL(`${national.origin}/kommuner`);
    // Other test files' tenants share the run's database, so this region is found by its address.
    const siteLink = (site: Site) => page.locator(`a[href^="http://${site.tenant.slug}.localhost:"]`);
    const midt = page.locator('section', { has: siteLink(region) });
    await midt.getByRole('heading', { level: 2, name: 'Region Midtjylland' }).waitFor();
    expect(
      await midt.locator('.site-list a').evaluateAll((links) => links.map((link) => link.textContent)),
    ).toEqual(['Silkeborg Kommune', 'Aarhus Kommune']);
    await expect(siteLink(aarhus).textContent()).resolves.toBe('Aarhus Kommune');
    await page.getByRole('searchbox', { name: 'Skriv navnet på din kommune' }).fill('Silke');
    await page
      .getByRole('status')
      .getByText(/^\d+ kommuner?$/)
      .waitFor();
    await siteLink(silkeborg).waitFor();
    expect(await siteLink(aarhus).count()).toBe(0);
    await checkPage(page, 'national-municipalities-phone');
    await page.goto(`${national.origin}/kommuner?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Find your municipality' }).waitFor();
    await page
      .getByRole('status')
      .getByText(/^\d+ municipalit(y|ies)$/)
      .waitFor();

    // National offers are a choice in the municipality filter, named "Landsdækkende".
    const nationalCount = await publishedCount(national);
    await page.goto(`${national.origin}/sog`);
    await page.locator('ol.results > li').first().waitFor();
    await page.getByRole('button', { name: /^Filtre/ }).click();
    const municipalities = page.getByRole('group', { name: 'Kommune', exact: true });
    await municipalities.waitFor();
    // Beside other test files' municipalities, the facet may show its first few only.
    const showAll = municipalities.getByRole('button', { name: /^Vis alle/ });
    if (await showAll.isVisible()) await showAll.click();
    await municipalities
      .getByRole('checkbox', { name: /^Landsdækkende \(\d+\)$/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^Vis \d+ tilbud$/ }).click();
    await page.goto(`${national.origin}/sog?municipality=${national.tenant.slug}`);
    await page.getByText(`${nationalCount} tilbud fundet`).waitFor();
    await page.getByRole('button', { name: 'Fjern filter: Landsdækkende' }).waitFor();
    expect(new Set(await originsOfResults(page))).toEqual(new Set(['Landsdækkende']));
    await checkPage(page, 'national-results-phone');
    // The header reaches the list from every page of the national portal.
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Find din kommune' })
      .waitFor();
    await context.close();
  });

  it('shows national offers on a municipality’s host too, marked "Landsdækkende"', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${silkeborg.origin}/sog?municipality=${national.tenant.slug}`);
    await page.getByText(`${await publishedCount(national)} tilbud fundet`).waitFor();
    expect(new Set(await originsOfResults(page))).toEqual(new Set(['Landsdækkende']));
    await context.close();
  });
});
