import { randomBytes } from 'node:crypto';
import { SearchIndex } from '@socialkompas/catalogue';
import { DemoSeeder, nationalDemoCatalogue } from '@socialkompas/demo';
import { browserAvailable, createScratchDatabase } from '@socialkompas/testing';
import { TenancyService } from '@socialkompas/tenancy';
import type { Page } from 'playwright-core';
import { checkPage, DESKTOP, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/**
 * A municipality's administrator hides a national offer in Chromium, and a citizen no longer finds
 * it there, but still does in the neighbouring municipality. In a database of its own: the
 * national tenant reaches every municipality's search, which must not touch the other browser
 * tests' tenants.
 */
describeInBrowser('national offers hidden by a municipality, in a browser', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let web: WebFixture;
  let aarhus: Site;
  let silkeborg: Site;

  const findsSorglinjen = async (page: Page, site: Site): Promise<boolean> => {
    await page.goto(`${site.origin}/sog?q=sorglinjen`);
    await page
      .locator('.search-toolbar__count')
      .filter({ hasText: /fundet/ })
      .waitFor();
    return (await page.getByRole('link', { name: 'Sorglinjen', exact: true }).count()) > 0;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(`web_national_${randomBytes(3).toString('hex')}`);
    web = await WebFixture.start([{ login: 'admin', name: 'Anders Admin', email: 'anders@example.dk' }], {
      env: { DATABASE_URL: scratch.url },
    });
    const theme = { primaryColor: '#00613a', primaryTextColor: '#ffffff' };
    silkeborg = await web.site('web_national_silkeborg', 'Silkeborg Kommune', theme, 5);
    aarhus = await web.site(
      'web_national_aarhus',
      'Aarhus Kommune',
      { ...theme, primaryColor: '#003d73' },
      5,
    );
    await web.login.invite(silkeborg.tenant, 'admin', 'tenant_admin');
    const { tenant } = await web.login.tenant('web_national_danmark', { kind: 'national' });
    const app = web.login.testApp.app;
    await new DemoSeeder(app.get(TenancyService), app.get(SearchIndex)).seedCatalogue(
      tenant,
      nationalDemoCatalogue(),
      { seed: 3 },
    );
  }, 240_000);

  afterAll(async () => {
    await web?.close();
    await scratch?.drop();
  });

  it('lets the administrator switch an offer off, announced, and the citizen no longer finds it there only', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    const citizen = await (await web.newContext()).newPage();
    expect(await findsSorglinjen(citizen, silkeborg)).toBe(true);

    await web.logIn(page, silkeborg, 'admin', '/admin/landsdaekkende-tilbud');
    await page.getByRole('heading', { level: 1, name: 'Landsdækkende tilbud' }).waitFor();
    const sorglinjen = page.getByRole('switch', { name: 'Sorglinjen', exact: true });
    expect(await sorglinjen.isChecked()).toBe(true);
    await checkPage(page, 'national-offers-silkeborg');

    await sorglinjen.click();
    await page
      .getByRole('status')
      .filter({ hasText: '«Sorglinjen» er nu skjult på kommunens side.' })
      .waitFor();
    expect(await sorglinjen.isChecked()).toBe(false);
    await checkPage(page, 'national-offers-hidden-silkeborg');

    expect(await findsSorglinjen(citizen, silkeborg)).toBe(false);
    expect(await findsSorglinjen(citizen, aarhus)).toBe(true);

    // After a reload the switch is still off: it was saved, not only drawn.
    await page.reload();
    await page.getByRole('switch', { name: 'Sorglinjen', exact: true }).waitFor();
    expect(await page.getByRole('switch', { name: 'Sorglinjen', exact: true }).isChecked()).toBe(false);
    await context.close();
  }, 120_000);
});
