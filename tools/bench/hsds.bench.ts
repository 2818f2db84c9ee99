import 'reflect-metadata';
import { get } from 'node:http';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { seedTenants } from './bench-database';
import { ApiProcess, describeFigures, drive, startApiProcess } from './http-load';

/**
 * `npm run bench:hsds`: the open-data API of one tenant with 10,000 demo offers, against the
 * production entry point in its own process: `GET /hsds/services?per_page=50` over every page at
 * concurrency 16 beside `GET /health` in the same run, then the whole catalogue as
 * `format=ndjson` (list records, then `full=true`), read as fast as the client takes it, with the
 * rows per second and the API's RSS sampled every 100 ms during the stream.
 *
 * Environment: BENCH_SECONDS (20), BENCH_OFFERS (10000).
 */
const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 10_000);
const HOST = 'aarhus.localhost';
const PER_PAGE = 50;
const MB = 2 ** 20;

interface StreamFigures {
  rows: number;
  seconds: number;
  /** [rows read so far, API RSS in bytes] every 100 ms. */
  samples: [number, number][];
}

/** Reads an ndjson answer to its end, counting rows, while sampling the API's RSS. */
function streamNdjson(api: ApiProcess, path: string): Promise<StreamFigures> {
  return new Promise((resolve, reject) => {
    const samples: [number, number][] = [];
    let rows = 0;
    const started = performance.now();
    const sampler = setInterval(() => {
      void api.rssBytes().then((rss) => samples.push([rows, rss]));
    }, 100);
    get(`${api.baseUrl}${path}`, { headers: { host: HOST } }, (response) => {
      if (response.statusCode !== 200) {
        clearInterval(sampler);
        reject(new Error(`${path}: ${response.statusCode}`));
        return;
      }
      response.on('data', (chunk: Buffer) => {
        for (const byte of chunk) if (byte === 0x0a) rows += 1;
      });
      response.on('end', async () => {
        clearInterval(sampler);
        samples.push([rows, await api.rssBytes()]);
        resolve({ rows, seconds: (performance.now() - started) / 1000, samples });
      });
    }).on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
  });
}

/** The RSS at the sample nearest a share of the rows. */
const rssAt = (figures: StreamFigures, share: number) =>
  figures.samples.find(([rows]) => rows >= share * figures.rows)?.[1] ?? NaN;

function describeStream(label: string, figures: StreamFigures, before: number): string {
  const peak = Math.max(...figures.samples.map(([, rss]) => rss));
  const quarters = [0.1, 0.25, 0.5, 0.75, 1].map((share) => `${(rssAt(figures, share) / MB).toFixed(0)}`);
  const growth = (rssAt(figures, 1) - rssAt(figures, 0.1)) / MB;
  return [
    `  ${label}: ${figures.rows} rows in ${figures.seconds.toFixed(1)} s, ${(figures.rows / figures.seconds).toFixed(0)} rows/s`,
    `    API RSS: ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB; at 10/25/50/75/100 % of the rows ${quarters.join(' / ')} MB; 10 % → 100 %: ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB (goal: no growth with the rows)`,
  ].join('\n');
}

async function run(url: string): Promise<void> {
  const api = await startApiProcess(url);
  try {
    const first = await fetchPage(api, 1);
    if (first.total_items < OFFERS * 0.8) throw new Error(`only ${first.total_items} services are served`);
    const pages = first.total_pages;
    console.log(`  ${first.total_items} services served, ${pages} pages of ${PER_PAGE}`);
    const requests = Array.from({ length: pages }, (_, index) => ({
      path: `/hsds/services?per_page=${PER_PAGE}&page=${index + 1}`,
      host: HOST,
    }));
    const cold = await drive(api.baseUrl, requests, { connections: 1, seconds: 0, amount: requests.length });
    console.log(describeFigures('pages cold', cold) + '  (every page once, one connection)');
    const services = await drive(api.baseUrl, requests, { connections: CONNECTIONS, seconds: SECONDS });
    console.log(describeFigures('pages', services));
    const health = await drive(api.baseUrl, [{ path: '/health', host: 'localhost' }], {
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    console.log(describeFigures('health', health));
    console.log(
      `  /hsds/services?per_page=${PER_PAGE}: throughput ${(services.requestsPerSecond / health.requestsPerSecond).toFixed(2)} of /health's`,
    );
    for (const [label, path] of [
      ['ndjson', '/hsds/services?format=ndjson'],
      ['ndjson full', '/hsds/services?format=ndjson&full=true'],
    ]) {
      const before = await api.rssBytes();
      const stream = await streamNdjson(api, path);
      if (stream.rows !== first.total_items)
        throw new Error(`${path}: ${stream.rows} rows, not ${first.total_items}`);
      console.log(describeStream(label, stream, before));
    }
  } finally {
    await api.stop();
  }
}

function fetchPage(api: ApiProcess, page: number): Promise<{ total_items: number; total_pages: number }> {
  return new Promise((resolve, reject) => {
    get(
      `${api.baseUrl}/hsds/services?per_page=${PER_PAGE}&page=${page}`,
      { headers: { host: HOST } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(JSON.parse(text))
            : reject(new Error(`${response.statusCode} ${text}`)),
        );
      },
    ).on('error', reject);
  });
}

async function main() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    console.log(
      `HSDS benchmark: ${OFFERS} offers in one tenant, ${CONNECTIONS} connections, ${SECONDS} s each`,
    );
    await withThrowawayDatabase(adminUrl, `sk_bench_hsds_${Date.now()}`, async (url) => {
      await seedTenants(url, [
        { slug: 'aarhus', name: 'Aarhus Kommune', kind: 'municipality', offers: OFFERS },
      ]);
      await run(url);
    });
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
