import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium, startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';

const ROOT = join(__dirname, '../../..');
const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** The built web client, served by the real API on one port, in headless Chromium. */
describeInBrowser('start page in a browser', () => {
  let webDist: string;
  let testApp: TestApp;
  let browser: Browser;
  let port: number;
  const slugs = { first: uniqueSlug('web_a'), second: uniqueSlug('web_b') };

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'socialkompas-web-'));
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--outDir', webDist, '--logLevel', 'error'],
      {
        cwd: ROOT,
      },
    );
    testApp = await startTestApp({ env: { WEB_DIST_DIR: webDist } });
    await testApp.provision({
      slug: slugs.first,
      name: 'Aarhus Kommune',
      theme: { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
    });
    await testApp.provision({
      slug: slugs.second,
      name: 'Silkeborg Kommune',
      theme: { primaryColor: '#00613a', primaryTextColor: '#ffffff' },
    });
    await testApp.app.listen(0, '127.0.0.1');
    port = (testApp.app.getHttpServer().address() as AddressInfo).port;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('shows each tenant its own name and colours', async () => {
    const page = await browser.newPage();
    await page.goto(`http://${slugs.first}.localhost:${port}/`);
    await page.getByRole('heading', { level: 1, name: 'Aarhus Kommune' }).waitFor();
    expect(await page.title()).toBe('Aarhus Kommune – Socialkompas');
    // Danish even though headless Chromium prefers en-US.
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await page.locator('main').textContent()).toContain('Find sociale tilbud');
    const primary = () =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--sk-color-primary').trim(),
      );
    expect(await primary()).toBe('#003d73');

    await page.goto(`http://${slugs.second}.localhost:${port}/`);
    await page.getByRole('heading', { level: 1, name: 'Silkeborg Kommune' }).waitFor();
    expect(await primary()).toBe('#00613a');
    await page.close();
  });

  it('serves client-side routes on reload and shows an unknown host as an error', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://ukendt.localhost:${port}/tilbud/123`);
    expect(response?.status()).toBe(200);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ukendt adresse');
    await page.close();
  });

  it('speaks English when asked', async () => {
    const page = await browser.newPage();
    await page.goto(`http://${slugs.first}.localhost:${port}/?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Aarhus Kommune' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});
