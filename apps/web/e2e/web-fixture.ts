import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  buildOncePerRun,
  launchChromium,
  LoginFixture,
  type Person,
} from '@socialkompas/testing';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenancyService, type Tenant } from '@socialkompas/tenancy';

const ROOT = join(__dirname, '../../..');

/** Districts for the test municipalities: a random slug gets none from the default taxonomy. */
const DISTRICTS = [
  { code: 'midtbyen', name: 'Midtbyen', postcodes: ['8000'] },
  { code: 'aarhus-n', name: 'Aarhus N', postcodes: ['8200'] },
  { code: 'viby', name: 'Viby J', postcodes: ['8260'] },
];
export const SCREENSHOTS = join(__dirname, 'screenshots');

export const PHONE = { width: 390, height: 844 };
const AARHUS_THEME = { primaryColor: '#003d73', primaryTextColor: '#ffffff' };
const SILKEBORG_THEME = { primaryColor: '#00613a', primaryTextColor: '#ffffff' };
export const DESKTOP = { width: 1280, height: 900 };

export interface Site {
  tenant: Tenant;
  host: string;
  origin: string;
}

/**
 * The built web client served by the real API on a real port, a development IdP beside it, two
 * themed municipalities with demo offers, and headless Chromium.
 */
export class WebFixture {
  private constructor(
    readonly login: LoginFixture,
    readonly browser: Browser,
  ) {}

  /** `smtp`: every tenant's mail goes to an SMTP server the fixture starts (read it with `login.mailTo`). */
  static async start(
    people: Person[],
    options: { env?: Record<string, string>; smtp?: boolean; followRegistry?: boolean } = {},
  ): Promise<WebFixture> {
    // Built once per run for every browser test file (removed by the global teardown).
    const distDir = buildOncePerRun('web-client', (folder) =>
      execFileSync(
        'npx',
        ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--outDir', folder, '--logLevel', 'error'],
        { cwd: ROOT },
      ),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    const login = await LoginFixture.start(people, {
      env: { ...options.env, WEB_DIST_DIR: distDir },
      smtp: options.smtp,
      followRegistry: options.followRegistry,
    });
    return new WebFixture(login, await launchChromium());
  }

  /**
   * A municipality with a random slug, named and themed as given, with three districts and demo
   * offers placed in them.
   */
  async site(
    prefix: string,
    name: string,
    theme: { primaryColor: string; primaryTextColor: string },
    offers: number,
    options: { region?: string; kind?: Tenant['kind'] } = {},
  ): Promise<Site> {
    const { tenant, host } = await this.login.tenant(prefix, options);
    const dataSource = this.login.dataSource();
    await dataSource.query(`UPDATE platform.tenants SET name = $1, theme = $2 WHERE id = $3`, [
      name,
      theme,
      tenant.id,
    ]);
    await dataSource.query(
      `INSERT INTO "t_${tenant.slug}".taxonomy_terms (taxonomy_id, code, name, synonyms, postcodes, position)
       SELECT x.id, d.code, d.name, '{}', d.postcodes, d.position
       FROM "t_${tenant.slug}".taxonomies x,
            jsonb_to_recordset($1::jsonb) AS d(code text, name text, postcodes text[], position integer)
       WHERE x.code = 'district'`,
      [JSON.stringify(DISTRICTS.map((district, position) => ({ ...district, position })))],
    );
    const app = this.login.testApp.app;
    await new DemoSeeder(app.get(TenancyService), app.get(SearchIndex)).seed(tenant, {
      offerCount: offers,
      seed: 7,
    });
    return { tenant: { ...tenant, name, theme }, host, origin: `http://${host}` };
  }

  /**
   * The two demo themes every page is checked in: Aarhus' blue and Silkeborg's green, with offers;
   * both members of `region` when given one.
   */
  async twoThemedSites(
    prefix: string,
    offers: [number, number],
    options: { region?: string } = {},
  ): Promise<[Site, Site]> {
    return [
      await this.site(`${prefix}_aarhus`, 'Aarhus Kommune', AARHUS_THEME, offers[0], options),
      await this.site(`${prefix}_silkeborg`, 'Silkeborg Kommune', SILKEBORG_THEME, offers[1], options),
    ];
  }

  /** Service workers are blocked unless a test is about working offline: they cache answers. */
  newContext(viewport = PHONE, serviceWorkers: 'allow' | 'block' = 'block'): Promise<BrowserContext> {
    return this.browser.newContext({ viewport, locale: 'da-DK', serviceWorkers });
  }

  /** A region, whose coordinators read its member municipalities' offers; themed when given one. */
  async region(
    prefix: string,
    name: string,
    theme?: { primaryColor: string; primaryTextColor: string },
  ): Promise<Site> {
    const { tenant, host } = await this.login.tenant(prefix, { kind: 'region' });
    await this.login
      .dataSource()
      .query(`UPDATE platform.tenants SET name = $1, theme = COALESCE($2, theme) WHERE id = $3`, [
        name,
        theme ?? null,
        tenant.id,
      ]);
    return { tenant: { ...tenant, name, ...(theme ? { theme } : {}) }, host, origin: `http://${host}` };
  }

  /** Logs a person in through the development IdP's own pages, as they would. */
  async logIn(page: Page, site: Site, login: string, returnTo: string): Promise<void> {
    await page.goto(`${site.origin}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'hvad som helst');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await Promise.all([page.waitForURL(`${site.origin}${returnTo}`), page.click('button[type=submit]')]);
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.login?.close();
  }
}

/** Asserts axe finds nothing and keeps a screenshot of the page for people to look at. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
}

export async function primaryColor(page: Page): Promise<string> {
  return page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--sk-color-primary').trim(),
  );
}
