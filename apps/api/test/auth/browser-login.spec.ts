import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium, LoginFixture } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

/**
 * The login a person actually does, in Chromium: its own cookie rules (SameSite=Lax on the way
 * back from the identity provider, host-only cookies), the development IdP's real pages.
 */
describeWithBrowser('staff login in a real browser', () => {
  let fixture: LoginFixture;
  let browser: Browser;
  let site: { tenant: Tenant; host: string };

  beforeAll(async () => {
    fixture = await LoginFixture.start([
      { login: 'redaktoer', name: 'Rikke Redaktør', email: 'rikke@example.dk' },
    ]);
    site = await fixture.tenant('browser', { offers: 2 });
    await fixture.invite(site.tenant, 'redaktoer', 'editor');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await fixture.close();
  });

  it('logs an editor in through the IdP’s pages, lets them edit with the CSRF token, and logs them out', async () => {
    const page = await browser.newPage();
    await page.goto(`http://${site.host}/auth/login?returnTo=/api/v1/me`);
    expect(page.url().startsWith(fixture.idp.issuer)).toBe(true);
    await page.fill('input[name=login]', 'redaktoer');
    await page.fill('input[name=password]', 'hvad som helst');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await Promise.all([page.waitForURL(`http://${site.host}/api/v1/me`), page.click('button[type=submit]')]);
    const me = JSON.parse((await page.textContent('body')) ?? '{}');
    expect(me).toMatchObject({ authenticated: true, role: 'editor', user: { name: 'Rikke Redaktør' } });

    const cookies = await page.context().cookies(`http://${site.host}`);
    expect(cookies.find((cookie) => cookie.name === 'socialkompas_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });

    const [offer] = await fixture
      .dataSource()
      .query(`SELECT id, version FROM "t_${site.tenant.slug}".offers LIMIT 1`);
    const status = await page.evaluate(
      async ({ id, version, csrf }) =>
        (
          await fetch(`/api/v1/offers/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            body: JSON.stringify({ version, name: 'Redigeret i browseren' }),
          })
        ).status,
      { id: offer.id, version: offer.version, csrf: me.csrfToken },
    );
    expect(status).toBe(200);

    const redirectTo = await page.evaluate(async (csrf: string) => {
      const response = await fetch('/auth/logout', {
        method: 'POST',
        headers: { accept: 'application/json', 'x-csrf-token': csrf },
      });
      return ((await response.json()) as { redirectTo: string }).redirectTo;
    }, me.csrfToken);
    await page.goto(redirectTo);
    await Promise.all([page.waitForURL(`http://${site.host}/`), page.click('button[value=yes]')]);
    await page.goto(`http://${site.host}/api/v1/me`);
    expect(JSON.parse((await page.textContent('body')) ?? '{}')).toMatchObject({ authenticated: false });
  });
});
