import { browserAvailable } from '@socialkompas/testing';
import type { Page } from 'playwright-core';
import { checkPage, DESKTOP, PHONE, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const PEOPLE = [
  { login: 'medarbejder', name: 'Mette Medarbejder', email: 'mette@example.dk' },
  { login: 'admin', name: 'Anders Admin', email: 'anders@example.dk' },
];

/** The pages of a PDF, counted from its page objects (not the `/Pages` tree that holds them). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The words (runs of letters) in the page's tables that a line break splits in two: a word whose
 * text lays out as boxes on more than one line. Measured in the browser's own layout.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('.table-wrap th, .table-wrap td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\p{L}{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** The handout, the offer page's call button and the staff tables, in Chromium on a phone. */
describeInBrowser('handout, offer contact and staff tables in a browser', () => {
  let web: WebFixture;
  let aarhus: Site;
  let silkeborg: Site;

  beforeAll(async () => {
    web = await WebFixture.start(PEOPLE);
    [aarhus, silkeborg] = await web.twoThemedSites('web_handout', [30, 15]);
    for (const site of [aarhus, silkeborg]) {
      await web.login.invite(site.tenant, 'medarbejder', 'staff');
      await web.login.invite(site.tenant, 'admin', 'tenant_admin');
    }
  });

  afterAll(() => web?.close());

  /** Published offers with a place, the longest summaries first: the fullest handout entries. */
  async function placedOffers(site: Site, count: number): Promise<{ id: string; name: string }[]> {
    return web.login.dataSource().query(
      `SELECT o.id, o.name FROM "t_${site.tenant.slug}".offers o
       WHERE o.status = 'published'
         AND EXISTS (SELECT 1 FROM "t_${site.tenant.slug}".offer_locations ol WHERE ol.offer_id = o.id)
       ORDER BY length(o.summary) DESC, o.name LIMIT $1`,
      [count],
    );
  }

  it('prints a list of five offers as staff on one A4 page, each with its link, address and QR code', async () => {
    const offers = await placedOffers(aarhus, 5);
    expect(offers).toHaveLength(5);
    const context = await web.newContext();
    const page = await context.newPage();
    await web.logIn(page, aarhus, 'medarbejder', `/tilbud/${offers[0].id}`);
    for (const offer of offers) {
      await page.goto(`${aarhus.origin}/tilbud/${offer.id}`);
      await page.getByRole('button', { name: `Tilføj til min liste: ${offer.name}` }).click();
      await page.getByRole('button', { name: `Fjern fra min liste: ${offer.name}` }).waitFor();
    }
    await page.goto(`${aarhus.origin}/min-liste`);
    await page.getByRole('heading', { level: 1, name: 'Min liste' }).waitFor();
    const codes = page.getByRole('img', { name: /^QR-kode til tilbuddet / });
    await page.waitForFunction(() => document.querySelectorAll('.handout__offer svg.qr-code').length === 5);

    const entries = page.locator('.handout__offer');
    expect(await entries.count()).toBe(5);
    for (const [index, offer] of offers.entries()) {
      const entry = entries.nth(index);
      const title = entry.getByRole('heading', { level: 2 }).getByRole('link');
      expect(await title.textContent()).toBe(offer.name);
      expect(await title.getAttribute('href')).toBe(`/tilbud/${offer.id}`);
      const address = entry.locator('a.handout__address');
      expect(await address.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
      expect(await entry.getByRole('img', { name: `QR-kode til tilbuddet ${offer.name}` }).count()).toBe(1);
      expect(await entry.locator('.handout__url').textContent()).toBe(`${aarhus.host}/tilbud/${offer.id}`);
      expect(await entry.textContent()).toMatch(/Pris: /);
    }
    expect(await codes.count()).toBe(5);
    await checkPage(page, 'handout-five-aarhus-phone');

    await page.emulateMedia({ media: 'print' });
    await page.getByRole('img', { name: /Scan koden/ }).waitFor();
    const pdf = await page.pdf({ format: 'A4', path: `${__dirname}/screenshots/handout-five-aarhus.pdf` });
    expect(pdfPageCount(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The same list as a link: the citizen's copy has the same titles linking to the offers.
    const ids = offers.map((offer) => offer.id).join(',');
    const citizen = await web.newContext();
    const handout = await citizen.newPage();
    await handout.goto(`${aarhus.origin}/liste?tilbud=${ids}`);
    await handout.waitForFunction(
      () => document.querySelectorAll('.handout__offer svg.qr-code').length === 5,
    );
    for (const offer of offers) {
      expect(await handout.getByRole('link', { name: offer.name, exact: true }).getAttribute('href')).toBe(
        `/tilbud/${offer.id}`,
      );
    }
    await checkPage(handout, 'handout-link-five-aarhus-phone');
    await citizen.close();
    await context.close();
  });

  it('shows a "Ring" button above the fold on a phone, and the number itself on a wide screen', async () => {
    for (const site of [aarhus, silkeborg]) {
      const label = site === aarhus ? 'aarhus' : 'silkeborg';
      const [offer] = await placedOffers(site, 1);
      await web.login
        .dataSource()
        .query(`UPDATE "t_${site.tenant.slug}".offers SET phone = '86 12 34 56' WHERE id = $1`, [offer.id]);
      const context = await web.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/tilbud/${offer.id}`);
      const call = page.getByRole('link', { name: /^Ring til .*: 86 12 34 56$/ });
      await call.waitFor();
      expect(await call.getAttribute('href')).toBe('tel:86123456');
      expect(await call.textContent()).toBe('Ring');
      const box = await call.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
      await checkPage(page, `offer-call-${label}-phone`);
      await page.setViewportSize(DESKTOP);
      expect(await call.isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Ring til 86 12 34 56' }).isVisible()).toBe(true);

      // The other pages showing price and times, in this theme too: results and a list handed over.
      await page.setViewportSize(PHONE);
      await page.goto(`${site.origin}/sog`);
      await page.locator('ol.results > li').first().waitFor();
      await checkPage(page, `results-${label}-phone`);
      await page.goto(`${site.origin}/liste?tilbud=${offer.id}`);
      await page.getByRole('img', { name: `QR-kode til tilbuddet ${offer.name}` }).waitFor();
      await checkPage(page, `handout-link-${label}-phone`);
      await context.close();
    }
  });

  it('keeps words whole in the staff tables on a 390 px screen, in both themes', async () => {
    for (const site of [aarhus, silkeborg]) {
      const label = site === aarhus ? 'aarhus' : 'silkeborg';
      // Something for the statistics to show: a word nobody offers, and one the filters rule out.
      const visitor = await web.newContext();
      const search = await visitor.newPage();
      for (const query of ['q=spillemani', 'q=gruppe&age=120', 'q=lektiehjælp']) {
        await search.goto(`${site.origin}/sog?${query}`);
        await search
          .locator('.search-toolbar__count')
          .filter({ hasText: /fundet/ })
          .waitFor();
      }
      await visitor.close();

      const context = await web.newContext();
      const page = await context.newPage();
      await web.logIn(page, site, 'admin', '/admin/statistik');
      for (const [path, name] of [
        ['/admin/statistik', 'statistics'],
        ['/admin/log', 'audit-log'],
        ['/admin', 'users'],
        ['/personale/tilbud', 'offer-list'],
      ]) {
        await page.goto(`${site.origin}${path}`);
        await page.locator('.table-wrap table').first().waitFor();
        await page.waitForLoadState('networkidle');
        const wrap = await page
          .locator('.table-wrap table td')
          .first()
          .evaluate((cell) => getComputedStyle(cell).overflowWrap);
        expect(wrap).toBe('normal');
        expect({ path, broken: await brokenWords(page) }).toEqual({ path, broken: [] });
        await checkPage(page, `${name}-${label}-phone`);
      }
      // The log says who did what in words, linked to what it was done to.
      await page.goto(`${site.origin}/admin/log`);
      await page.getByRole('cell', { name: 'Loggede ind' }).first().waitFor();
      expect(await page.getByRole('cell', { name: 'Anders Admin' }).count()).toBeGreaterThan(0);
      await context.close();
    }
  });
});
