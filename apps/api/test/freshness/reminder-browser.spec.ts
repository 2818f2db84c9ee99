import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { browserAvailable, launchChromium, startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import { TenancyService } from '@socialkompas/tenancy';
import { TenantJobs } from '@socialkompas/jobs';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

/** The reminder's confirm link as an association uses it: in a browser, over plain http locally. */
describeWithBrowser('a reminder link in a real browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.listen(0, '127.0.0.1');
    port = ((testApp.app.getHttpServer() as Server).address() as { port: number }).port;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp.close();
  });

  it('shows the question, confirms on the button, and then says the link was used', async () => {
    const { tenant } = await testApp.provision({ slug: uniqueSlug('browser'), name: 'Browserkommune' });
    const tenancy = testApp.app.get(TenancyService);
    await new DemoSeeder(tenancy, testApp.app.get(SearchIndex)).seed(tenant, { offerCount: 3, seed: 9 });
    const offerId = await tenancy.run(tenant, async (manager) => {
      await manager.query(`UPDATE offers SET status = 'published', assured_date = current_date`);
      await manager.query(`UPDATE organizations SET status = 'published'`);
      const [[stale]] = await manager.query(
        `UPDATE offers SET assured_date = current_date - 300, email = 'kontakt@browser.example'
         WHERE id = (SELECT min(id::text)::uuid FROM offers) RETURNING id`,
      );
      return stale.id as string;
    });
    await testApp.app.get(TenantJobs).run('freshness', tenant.slug, 'run-1');
    const [mail] = await tenancy.run(tenant, (manager) => manager.query(`SELECT text_body FROM outbox`));
    const confirmPath = new URL(/http\S+\/offer-actions\/\S+/.exec(mail.text_body)?.[0] ?? '').pathname;

    const page = await browser.newPage();
    await page.goto(`http://${tenant.slug}.localhost:${port}${confirmPath}`);
    expect(await page.textContent('h1')).toBe('Er tilbuddet stadig aktuelt?');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.textContent('h1')).toBe('Tak!');
    await page.goto(`http://${tenant.slug}.localhost:${port}${confirmPath}`);
    expect(await page.textContent('h1')).toBe('Linket er allerede brugt');

    const [offer] = await tenancy.run(tenant, (manager) =>
      manager.query(
        `SELECT assured_date = (now() AT TIME ZONE 'Europe/Copenhagen')::date AS today FROM offers WHERE id = $1`,
        [offerId],
      ),
    );
    expect(offer.today).toBe(true);
  });
});
