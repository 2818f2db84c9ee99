import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { MigrationRunner, TenancyService, TenantProvisioningService } from '@socialkompas/tenancy';
import { loadEnvironment } from '../../apps/api/src/config/environment';
import { createApp } from '../../apps/api/src/create-app';
import { launchChromium } from '../test/support/browser';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { BENCH_SESSION_SECRET, startApiProcess } from './http-load';

/**
 * `npm run bench:web`: what a citizen's phone pays for the web client.
 * 1. The gzip size of the JavaScript and CSS the public start page loads (goal ≤ 150 KB of
 *    JavaScript), and of the chunks left for staff and administrators.
 * 2. The time from tapping a challenge tile on the start page until the results list is visible,
 *    in headless Chromium at a 390×844 phone viewport, each run in a fresh browser context (no
 *    cache), against the production entry point with 700 demo offers (goal ≤ 1 s).
 */
const ROOT = join(__dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 12);
const OFFERS = 700;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: number[], share: number) =>
  sorted(values)[Math.min(values.length - 1, Math.ceil(values.length * share) - 1)];

function buildClient(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'socialkompas-web-bench-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  return outDir;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

async function seed(url: string): Promise<void> {
  const app = await createApp(
    loadEnvironment({
      NODE_ENV: 'development',
      DATABASE_URL: url,
      SESSION_SECRET: BENCH_SESSION_SECRET,
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: '/nonexistent',
    }),
    { jobs: 'off' },
  );
  await app.init();
  await app.get(MigrationRunner).ensurePlatformSchema();
  const { tenant } = await app.get(TenantProvisioningService).createTenant({
    slug: 'aarhus',
    name: 'Aarhus Kommune',
    kind: 'municipality',
    theme: { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
  });
  await new DemoSeeder(app.get(TenancyService), app.get(SearchIndex)).seed(tenant, {
    offerCount: OFFERS,
    seed: 1,
  });
  await app.close();
}

async function measure(baseUrl: string, distDir: string): Promise<void> {
  const port = new URL(baseUrl).port;
  const origin = `http://aarhus.localhost:${port}`;
  const browser = await launchChromium();
  try {
    // 1. What the start page downloads.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const loaded = new Set<string>();
    // What the server really sent for each file: its encoding and the body's bytes on the wire.
    const sent: Promise<{ name: string; encoding: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/assets/')) return;
      loaded.add(basename(path));
      sent.push(
        response
          .request()
          .sizes()
          .then(({ responseBodySize }) => ({
            name: basename(path),
            encoding: response.headers()['content-encoding'] ?? 'none',
            bytes: responseBodySize,
          })),
      );
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const onTheWire = await Promise.all(sent);
    await context.close();
    const assets = readdirSync(join(distDir, 'assets'));
    const sizeOf = (names: string[]) =>
      names.reduce((sum, name) => sum + gzipSize(join(distDir, 'assets', name)), 0);
    const startJs = assets.filter((name) => loaded.has(name) && name.endsWith('.js'));
    const startCss = assets.filter((name) => loaded.has(name) && name.endsWith('.css'));
    const lazy = assets.filter((name) => !loaded.has(name) && name.endsWith('.js'));
    console.log('start page, gzip:');
    console.log(`  JavaScript ${kb(sizeOf(startJs))} in ${startJs.length} file(s) (goal ≤ 150 KB)`);
    console.log(`  CSS        ${kb(sizeOf(startCss))} in ${startCss.length} file(s)`);
    const wireJs = onTheWire.filter((file) => file.name.endsWith('.js'));
    const encodings = [...new Set(wireJs.map((file) => file.encoding))].join(', ');
    console.log(
      `  as the server sent it: JavaScript ${kb(wireJs.reduce((sum, file) => sum + file.bytes, 0))}, Content-Encoding ${encodings}`,
    );
    console.log('chunks the start page does not load, gzip:');
    for (const name of lazy)
      console.log(`  ${name.padEnd(36)} ${kb(gzipSize(join(distDir, 'assets', name)))}`);

    // 2. Tap a challenge tile, wait for the results.
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const runContext = await browser.newContext({
        viewport: { width: 390, height: 844 },
        serviceWorkers: 'block',
      });
      const runPage = await runContext.newPage();
      await runPage.goto(`${origin}/`, { waitUntil: 'networkidle' });
      const tiles = runPage.locator('.tile');
      const tile = tiles.nth(run % (await tiles.count()));
      const started = performance.now();
      await tile.click();
      await runPage.locator('ol.results > li').first().waitFor({ state: 'visible' });
      timings.push(performance.now() - started);
      await runContext.close();
    }
    console.log(
      `tile → results visible (${RUNS} runs, phone viewport): median ${percentile(timings, 0.5).toFixed(0)} ms, p95 ${percentile(timings, 0.95).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms (goal ≤ 1000 ms)`,
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  console.log(`web benchmark: build the client, seed ${OFFERS} offers, measure in Chromium`);
  const distDir = buildClient();
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    await withThrowawayDatabase(adminUrl, `sk_bench_web_${Date.now()}`, async (url) => {
      await seed(url);
      const api = await startApiProcess(url, { webDistDir: distDir });
      try {
        await measure(api.baseUrl, distDir);
      } finally {
        await api.stop();
      }
    });
  } finally {
    await embedded?.stop();
    rmSync(distDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
