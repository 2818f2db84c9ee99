import { browserAvailable, BrowserClient } from '@socialkompas/testing';
import { checkPage, DESKTOP, primaryColor, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** What a citizen does on a phone, and what every visitor sees, in Chromium against the real app. */
describeInBrowser('public pages in a browser', () => {
  let web: WebFixture;
  let aarhus: Site;
  let silkeborg: Site;

  beforeAll(async () => {
    web = await WebFixture.start([]);
    [aarhus, silkeborg] = await web.twoThemedSites('web', [300, 20]);
  });

  afterAll(() => web?.close());

  it('serves each municipality its own name and colours in the first HTML, before any script runs', async () => {
    for (const [site, colour] of [
      [aarhus, '#003d73'],
      [silkeborg, '#00613a'],
    ] as const) {
      const html = (await new BrowserClient().get(`${site.origin}/`)).body;
      expect(html).toContain(`<title>${site.tenant.name} – Socialkompas</title>`);
      expect(html).toContain(`--sk-color-primary:${colour}`);
    }
    const context = await web.newContext();
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort()); // no script at all: the HTML alone
    await page.goto(`${silkeborg.origin}/`);
    expect(await primaryColor(page)).toBe('#00613a');
    await context.close();
  });

  it('takes a citizen on a phone from a challenge tile, by age and district, to an offer they can share', async () => {
    const context = await web.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: aarhus.origin });
    const page = await context.newPage();
    await page.goto(`${aarhus.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Aarhus Kommune' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await primaryColor(page)).toBe('#003d73');
    await checkPage(page, 'start-aarhus-phone');

    const tile = page.locator('.tile').first();
    const challenge = (await tile.locator('.tile__name').textContent()) ?? '';
    await tile.click();
    await page.waitForURL(/\/sog\?challenge=/);
    await page.locator('ol.results > li').first().waitFor();
    await checkPage(page, 'results-aarhus-phone');

    // On a phone the filters are a drawer.
    const filters = page.getByRole('button', { name: /^Filtre/ });
    await filters.click();
    const district = page.locator('fieldset', { hasText: 'Bydel' }).getByRole('checkbox').first();
    await district.click();
    await page.waitForURL(/district=/);
    await page.waitForFunction(
      (box) => (box as HTMLInputElement | null)?.checked,
      await district.elementHandle(),
    );
    await page.getByLabel('Alder').fill('15');
    await page.getByRole('button', { name: 'Anvend' }).first().click();
    await page.waitForURL(/age=15/);
    await page.getByRole('button', { name: /^Vis \d+ tilbud$/ }).click();
    const url = new URL(page.url());
    expect(url.searchParams.get('challenge')).toBeTruthy();
    expect(url.searchParams.get('age')).toBe('15');
    await page
      .getByRole('list', { name: 'Valgte filtre' })
      .getByRole('button', { name: new RegExp(challenge) })
      .waitFor();

    // The back button undoes the last filter.
    await page.goBack();
    await page.waitForURL(
      (current) => !current.searchParams.has('age') && current.searchParams.has('district'),
    );

    // The search is in the URL, so a reload or a shared link shows the same.
    await page.goto(url.toString());
    const first = page.locator('ol.results > li').first();
    await first.waitFor();
    const count = await page.locator('.search-toolbar__count').textContent();
    expect(count).toMatch(/\d+ tilbud fundet|1 tilbud fundet/);
    const title = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    expect(await page.getByText(/Oplysningerne er senest bekræftet|ikke bekræftet/).count()).toBe(1);
    await checkPage(page, 'offer-aarhus-phone');

    await page.getByRole('button', { name: 'Kopiér link' }).click();
    await page.getByText('Linket er kopieret').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const shared = await context.newPage();
    await shared.goto(copied);
    await shared.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();

    await page.getByRole('button', { name: 'Vis QR-kode' }).click();
    await page.getByRole('img', { name: /QR-kode med link/ }).waitFor();
    const mailto = await page.getByRole('link', { name: 'Send på e-mail' }).getAttribute('href');
    expect(decodeURIComponent(mailto ?? '')).toContain(copied);

    // Print: the share and report tools are left off the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Kopiér link' }).isVisible()).toBe(false);
    await page.screenshot({ path: `${__dirname}/screenshots/offer-aarhus-print.png`, fullPage: true });
    await context.close();
  });

  it('installs as an app and shows the shell and the last results offline, saying so', async () => {
    const manifest = JSON.parse(
      (await new BrowserClient().get(`${aarhus.origin}/manifest.webmanifest`)).body,
    );
    expect(manifest).toMatchObject({
      name: 'Aarhus Kommune – Socialkompas',
      display: 'standalone',
      theme_color: '#003d73',
    });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual([
      '192x192',
      '512x512',
      '512x512',
    ]);

    const context = await web.newContext(undefined, 'allow');
    const page = await context.newPage();
    await page.goto(`${aarhus.origin}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await page.locator('.tile').first().click();
    const first = page.locator('ol.results > li').first();
    const title = (await first.getByRole('heading').textContent()) ?? '';

    await first.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await page.goBack();

    await context.setOffline(true);
    await page.reload();
    await page.getByText('Du er offline. Du ser de senest hentede oplysninger.').waitFor();
    await page.getByRole('heading', { level: 3, name: title, exact: true }).waitFor();
    expect(await primaryColor(page)).toBe('#003d73');
    // The offer seen before opens offline; what needs the network says so, and the page stays.
    await page.getByRole('link', { name: title, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Vis QR-kode' }).click();
    await page.getByText('QR-koden kan ikke vises uden internetforbindelse.').waitFor();
    await context.close();
  });

  it('speaks English when asked, and remembers it', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    await page.goto(`${aarhus.origin}/`);
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Find services by challenge' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${aarhus.origin}/sog`);
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await checkPage(page, 'results-aarhus-english');
    await context.close();
  });

  it('offers suggestions and a way to broaden when nothing matches', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${aarhus.origin}/sog?q=zzzqqq&free=true`);
    await page.getByRole('heading', { name: 'Ingen tilbud matcher din søgning' }).waitFor();
    await page.getByRole('link', { name: 'Fjern Gratis' }).waitFor();
    await page.getByRole('link', { name: 'Fjern "zzzqqq"' }).waitFor();
    await page.getByRole('link', { name: 'Se alle tilbud' }).click();
    await page.locator('ol.results > li').first().waitFor();
    await context.close();
  });

  it('passes axe in the second theme too, at desktop size, and shows only that municipality’s offers', async () => {
    const context = await web.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${silkeborg.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Silkeborg Kommune' }).waitFor();
    await page.locator('.tile').first().waitFor();
    await checkPage(page, 'start-silkeborg-desktop');
    await page.goto(`${silkeborg.origin}/sog`);
    await page.locator('ol.results > li').first().waitFor();
    await checkPage(page, 'results-silkeborg-desktop');

    const [aarhusOffer] = await web.login
      .dataSource()
      .query(`SELECT id, name FROM "t_${aarhus.tenant.slug}".offers WHERE status = 'published' LIMIT 1`);
    const aarhusIds: { id: string }[] = await web.login
      .dataSource()
      .query(`SELECT id FROM "t_${aarhus.tenant.slug}".offers`);
    const shown = await page
      .locator('ol.results a[href^="/tilbud/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((href) => aarhusIds.some(({ id }) => href === `/tilbud/${id}`))).toEqual([]);
    await page.goto(`${silkeborg.origin}/tilbud/${aarhusOffer.id}`);
    await page.getByRole('heading', { level: 1, name: /findes ikke/ }).waitFor();
    await context.close();
  });
});
