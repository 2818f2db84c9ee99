import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, checkDataPackage, HSDS_DIR, uniqueSlug } from '@socialkompas/testing';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { checkPage, primaryColor, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const PEOPLE = [{ login: 'pia', name: 'Pia Platform', email: 'pia@example.dk' }];

/** The logo the new municipality gets: a plain SVG, as a municipality's designer delivers it. */
const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">' +
    '<rect width="120" height="40" rx="6" fill="#00594f"/><text x="10" y="26" fill="#fff" font-size="16">Logo</text></svg>',
);

/** Letters only, so the suggested short name is predictable: "Wizardby Qxkd Kommune" → `wizardby_qxkd`. */
function ownName(): string {
  const letters = [...randomBytes(4)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
  return `Wizardby ${letters[0].toUpperCase()}${letters.slice(1)} Kommune`;
}

/** Open Referral's example data package, as a municipality would choose its files. */
const EXAMPLE_PACKAGE = join(HSDS_DIR, 'examples/csv');
const EXAMPLE_FILES = readdirSync(EXAMPLE_PACKAGE).map((name) => join(EXAMPLE_PACKAGE, name));
/** The secret of the test IdP's client (tools/test/support/login-fixture.ts). */
const IDP_CLIENT = { clientId: 'socialkompas-test', clientSecret: 'test-client-secret-0123456789' };

async function next(page: Page, heading: string) {
  await page.getByRole('link', { name: /^(Næste|Spring over)$/ }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${heading}`) }).waitFor();
}

/**
 * The platform operator onboards a municipality through the wizard in Chromium: creates it, sets
 * its colours and logo, sets up its login against an OIDC provider the test started (tested, then
 * saved), invites its first administrator (the mail arrives at a real SMTP server) and sets its
 * accessibility statement. The new administrator then logs in on the new host, imports Open
 * Referral's example package (dry run first), a citizen finds the offer, and the export validates.
 */
describeInBrowser('onboarding a municipality in a browser', () => {
  let web: WebFixture;
  let platform: Site;
  const platformSlug = uniqueSlug('wiz_platform');

  beforeAll(async () => {
    web = await WebFixture.start(PEOPLE, {
      smtp: true,
      // The IdP finds a new tenant's redirect address in the registry, as the demo's does.
      followRegistry: true,
      env: { PLATFORM_ADMIN_TENANT: platformSlug, SECRETS_KEY: 'test-secrets-key-that-is-long-enough-0123' },
    });
    const { tenant, host } = await web.login.tenant('wiz_platform', { slug: platformSlug });
    platform = { tenant, host, origin: `http://${host}` };
    await web.login.invite(tenant, 'pia', 'platform_admin');
  });

  afterAll(() => web?.close());

  it('takes a new municipality from nothing to a themed site with its own login, its first administrator and its imported catalogue', async () => {
    const name = ownName();
    const slug = name.toLowerCase().replace(' kommune', '').replace(' ', '_');
    const context = await web.newContext();
    const page = await context.newPage();
    await web.logIn(page, platform, 'pia', '/platform');

    // Step 1: the tenant, its short name suggested from the name.
    await page.getByRole('link', { name: 'Opret en kommune eller region' }).click();
    await page.getByRole('textbox', { name: 'Navn' }).fill(name);
    expect(await page.getByRole('textbox', { name: 'Forkortelse' }).inputValue()).toBe(slug);
    await checkPage(page, 'onboarding-tenant-phone');
    await page.getByRole('button', { name: 'Opret' }).click();

    // Step 2: logo and colours.
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Tema og logo – ${name}`) }).waitFor();
    await page.getByText('Trin 2 af 6').waitFor();
    await page
      .getByLabel('Logofil')
      .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: LOGO });
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await page.getByRole('status').getByText('Logoet er gemt.').waitFor();
    const primary = page
      .getByRole('group', { name: 'Primærfarve', exact: true })
      .getByRole('textbox', { name: 'Farvekode' });
    await primary.fill('#00594f');
    await page.getByRole('button', { name: 'Gem tema' }).click();
    await page.getByRole('status').getByText('Temaet er gemt og vises nu på alle sider.').waitFor();
    await checkPage(page, 'onboarding-theme-phone');

    // Step 3: login through an identity provider of the test's own, tested before it is saved.
    await next(page, 'Login');
    await page.getByLabel('Anden OpenID Connect-udbyder').check();
    await page.getByRole('textbox', { name: 'Udsteder (issuer)' }).fill(web.login.idp.issuer);
    await page.getByRole('textbox', { name: 'Klient-id' }).fill(IDP_CLIENT.clientId);
    await page.getByLabel('Klienthemmelighed').fill(IDP_CLIENT.clientSecret);
    await page.getByRole('button', { name: 'Test forbindelse' }).click();
    await page.getByText('Forbindelsen virker', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gem login-opsætning' }).click();
    await page.getByText('Login-opsætningen er gemt.').waitFor();
    await checkPage(page, 'onboarding-login-phone');

    // Step 4: the first administrator, whose invitation mail arrives.
    await next(page, 'Første administrator');
    await page.getByRole('textbox', { name: 'E-mail til den første administrator' }).fill('it@wizardby.dk');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(/Invitationsmailen sendes nu til it@wizardby\.dk/).waitFor();
    const mail = await web.login.mailTo('it@wizardby.dk');
    expect(mail.subject).toBe(`Du er inviteret til ${name}s Socialkompas`);
    expect(mail.text).toMatch(new RegExp(`http://${slug}\\.localhost:\\d+/auth/login`));

    // Step 5: a statement written from the municipality's details.
    await next(page, 'Tilgængelighedserklæring');
    await page.getByLabel('Lad Socialkompas skrive en ud fra kommunens oplysninger').check();
    await page.getByRole('textbox', { name: 'Kontakt-e-mail' }).fill('tilgaengelighed@wizardby.dk');
    await page.getByRole('textbox', { name: 'Kontakttelefon' }).fill('87 80 33 33');
    await page.getByRole('button', { name: 'Gem erklæring' }).click();
    await page.getByText('Erklæringen er gemt. Sidefoden og /was peger nu på /tilgaengelighed.').waitFor();
    await checkPage(page, 'onboarding-statement-phone');

    // Step 6: the catalogue, which the new administrator brings in below.
    await next(page, 'Katalog');
    await page.getByRole('heading', { name: 'Importér tilbud' }).waitFor();

    // The tenant's page: the checklist says what is done.
    await page.getByRole('link', { name: 'Færdig: vis kommunens side' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Tema: farver og logo sat').waitFor();
    await page.getByText(/Første administrator: inviteret it@wizardby\.dk, ikke logget ind endnu/).waitFor();
    await page.getByText('Tilgængelighedserklæring: genereret side på /tilgaengelighed').waitFor();
    await page.getByText(`Login: ${web.login.idp.issuer} (testet)`).waitFor();
    await checkPage(page, 'onboarding-tenant-page-phone');

    // The new municipality's own site: its colours, its logo, its statement.
    const site = await context.newPage();
    const origin = `http://${slug}.localhost:${web.login.port}`;
    await site.goto(`${origin}/`);
    expect(await primaryColor(site)).toBe('#00594f');
    const logo = site.locator('img.site-header__logo');
    await logo.waitFor();
    expect(await logo.getAttribute('src')).toMatch(/^\/logo\/[0-9a-f]{16}\.svg$/);
    await site.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('img.site-header__logo');
      return Boolean(image?.complete && image.naturalWidth > 0);
    });
    await site.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await site.getByRole('heading', { level: 2, name: 'Overholdelsesstatus' }).waitFor();
    await site
      .getByText(/tilgaengelighed@wizardby\.dk/)
      .first()
      .waitFor();
    await checkPage(site, 'onboarding-statement-page-phone');

    // The first administrator logs in on the new host through the IdP set up above, and imports.
    const admin = await web.newContext();
    const adminPage = await admin.newPage();
    const newSite = { tenant: platform.tenant, host: `${slug}.localhost:${web.login.port}`, origin };
    await web.logIn(adminPage, newSite, 'it@wizardby.dk', '/admin/import');
    await adminPage.getByLabel('Filer').setInputFiles(EXAMPLE_FILES);
    await adminPage.getByRole('button', { name: 'Send og prøvekør' }).click();
    await adminPage.getByRole('heading', { name: /^Prøvekørsel af/ }).waitFor();
    await adminPage.getByLabel('Hvad importen vil gøre').waitFor();
    await checkPage(adminPage, 'onboarding-import-report-phone');
    // Nothing is written by the dry run: the citizen's search does not know the offer yet.
    await site.goto(`${origin}/sog?q=Counselling`);
    await site
      .locator('.search-toolbar__count')
      .filter({ hasText: /fundet/ })
      .waitFor();
    expect(await site.getByRole('link', { name: 'Community Counselling' }).count()).toBe(0);
    await adminPage.getByRole('button', { name: 'Importér', exact: true }).click();
    await adminPage.getByRole('button', { name: 'Ja, importér' }).click();
    await adminPage.getByRole('heading', { name: 'Importen er gennemført' }).waitFor();

    // A citizen finds it on the new host.
    await site.goto(`${origin}/sog?q=Counselling`);
    await site.getByRole('link', { name: 'Community Counselling' }).waitFor();

    // And the administrator exports it back as a data package the Data Package library accepts.
    const [download] = await Promise.all([
      adminPage.waitForEvent('download'),
      adminPage.getByRole('link', { name: 'Hent datapakke (.zip)' }).click(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const { errors, rows } = await checkDataPackage(zip);
    expect(errors).toEqual([]);
    expect(rows.service.map((service) => service.name)).toContain('Community Counselling');
    await admin.close();
    await context.close();
  });
});
