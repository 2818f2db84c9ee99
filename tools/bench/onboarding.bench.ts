import 'reflect-metadata';
import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { csvText, SHEET_HEADER, sheetRow } from '../../apps/api/test/catalogue/import/import-files';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { seedTenants } from './bench-database';
import { BenchSession, staffSessions } from './bench-login';
import { describeFigures, drive, LoadFigures, startApiProcess } from './http-load';
import { searchQueryMix } from './search-queries';

/**
 * `npm run bench:onboarding`: a new municipality from nothing to searchable, through the API of
 * the production entry point, as the platform administrator's browser would call it.
 * 1. Create the tenant, import a 1,000-row sheet (dry run, then apply), and search for an
 *    imported offer on the new host: each step timed, and the whole.
 * 2. A 20,000-row sheet: dry run and apply timed, with rows/s, first on an idle API, then while
 *    another tenant's public search runs at concurrency 8, beside that search's p95 without an
 *    import and /health's throughput in the same run.
 * Goals: live in well under 5 minutes; 20,000 rows in under 60 s; other tenants' search p95 during
 * an import no worse than 1.5× without.
 */
const CONNECTIONS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const BIG_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const PLATFORM = 'drift';

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

let apiPort = 0;

/** One API call to the API process on loopback, with the tenant's host in the Host header. */
function call(
  method: string,
  host: string,
  path: string,
  options: { session?: BenchSession; json?: unknown; files?: { name: string; bytes: Buffer }[] } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { host };
  let payload: Buffer | undefined;
  if (options.session) {
    headers.cookie = options.session.cookie;
    headers['x-csrf-token'] = options.session.csrf;
  }
  if (options.json !== undefined) {
    payload = Buffer.from(JSON.stringify(options.json));
    headers['content-type'] = 'application/json';
  }
  if (options.files) {
    const boundary = `----bench${randomBytes(8).toString('hex')}`;
    payload = Buffer.concat([
      ...options.files.flatMap((file) => [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        file.bytes,
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
  }
  if (payload) headers['content-length'] = String(payload.length);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: apiPort, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: response.statusCode ?? 0,
          body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text,
        });
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}

function expectStatus(answer: Answer, status: number, step: string): Answer {
  if (answer.status !== status)
    throw new Error(`${step}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer;
}

/** Polls the import until its dry run or apply is done, as the web client's progress bar does. */
async function settled(base: string, id: string, session: BenchSession): Promise<Answer['body']> {
  for (;;) {
    const { body } = expectStatus(
      await call('GET', `${PLATFORM}.localhost`, `${base}/${id}`, { session }),
      200,
      'poll',
    );
    if (body.status !== 'checking' && body.status !== 'applying') return body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Dry run and apply of a sheet for the tenant through the platform route, each timed. */
async function importSheet(slug: string, rows: number, session: BenchSession, prefix: string) {
  const lines = [
    SHEET_HEADER,
    ...Array.from({ length: rows }, (_, index) => sheetRow(index + 1, `${prefix} ${index % 97}`)),
  ];
  const bytes = Buffer.from(csvText(lines), 'utf8');
  const base = `/api/v1/platform/tenants/${slug}/imports`;
  const started = performance.now();
  const created = expectStatus(
    await call('POST', `${PLATFORM}.localhost`, base, { session, files: [{ name: 'tilbud.csv', bytes }] }),
    201,
    'upload',
  );
  const checked = await settled(base, created.body.id, session);
  const checkedAt = performance.now();
  if (checked.status !== 'checked') throw new Error(`dry run: ${JSON.stringify(checked).slice(0, 300)}`);
  expectStatus(
    await call('POST', `${PLATFORM}.localhost`, `${base}/${checked.id}/apply`, { session }),
    202,
    'apply',
  );
  const applied = await settled(base, checked.id, session);
  const appliedAt = performance.now();
  if (applied.status !== 'applied') throw new Error(`apply: ${JSON.stringify(applied).slice(0, 300)}`);
  return {
    bytes: bytes.length,
    counts: applied.counts,
    dryRunMs: checkedAt - started,
    applyMs: appliedAt - checkedAt,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000))} rows/s`;

async function main() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    await withThrowawayDatabase(adminUrl, `sk_bench_onboarding_${Date.now()}`, async (url) => {
      await seedTenants(url, [
        { slug: 'aarhus', name: 'Aarhus Kommune', kind: 'municipality', offers: 1_000 },
        { slug: PLATFORM, name: 'Socialkompas', kind: 'region', offers: 0 },
      ]);
      const session = (
        await staffSessions(url, [PLATFORM], 'platform_admin', { PLATFORM_ADMIN_TENANT: PLATFORM })
      ).of(PLATFORM);
      const api = await startApiProcess(url, { env: { PLATFORM_ADMIN_TENANT: PLATFORM } });
      apiPort = Number(new URL(api.baseUrl).port);
      try {
        console.log(
          `onboarding benchmark: API steps, a ${BIG_ROWS}-row import, search at concurrency ${CONNECTIONS} for ${SECONDS} s`,
        );
        // 1. From nothing to a searchable tenant with 1,000 imported offers.
        const started = performance.now();
        expectStatus(
          await call('POST', `${PLATFORM}.localhost`, '/api/v1/platform/tenants', {
            session,
            json: { slug: 'odder', name: 'Odder Kommune', kind: 'municipality' },
          }),
          201,
          'create tenant',
        );
        const created = performance.now();
        const small = await importSheet('odder', 1_000, session, 'Odder-tilbud');
        const found = expectStatus(
          await call('GET', 'odder.localhost', '/api/v1/offers?q=Odder-tilbud%2042'),
          200,
          'search',
        );
        const done = performance.now();
        if (found.body.total < 1) throw new Error('search found none of the imported offers');
        console.log(
          `  new tenant: create ${seconds(created - started)}, 1,000-row dry run ${seconds(small.dryRunMs)}, apply ${seconds(small.applyMs)}, ` +
            `first search ${found.body.total} hits; from nothing to searchable ${seconds(done - started)}`,
        );

        // 2. Another tenant's search and /health with no import running.
        const requests = searchQueryMix().map((path) => ({ path, host: 'aarhus.localhost' }));
        await drive(api.baseUrl, requests, { connections: 1, seconds: 0, amount: requests.length });
        const quiet = await drive(api.baseUrl, requests, { connections: CONNECTIONS, seconds: SECONDS });
        const health = await drive(api.baseUrl, [{ path: '/health', host: 'localhost' }], {
          connections: CONNECTIONS,
          seconds: 10,
        });

        // 3. A large import on an idle API, then the same while the other tenant's search runs.
        for (const slug of ['stor_alene', 'stor_under_last']) {
          expectStatus(
            await call('POST', `${PLATFORM}.localhost`, '/api/v1/platform/tenants', {
              session,
              json: { slug, name: `Stor ${slug}`, kind: 'municipality' },
            }),
            201,
            'create tenant',
          );
        }
        const alone = await importSheet('stor_alene', BIG_ROWS, session, 'Stort tilbud');
        console.log(
          `  ${BIG_ROWS} rows (${(alone.bytes / 1e6).toFixed(1)} MB CSV), idle API: dry run ${seconds(alone.dryRunMs)} (${rate(BIG_ROWS, alone.dryRunMs)}), ` +
            `apply ${seconds(alone.applyMs)} (${rate(BIG_ROWS, alone.applyMs)}), together ${seconds(alone.dryRunMs + alone.applyMs)}; ${JSON.stringify(alone.counts)}`,
        );
        const importing = importSheet('stor_under_last', BIG_ROWS, session, 'Stort tilbud');
        // Search for as long as the idle import took, a little less, so every request overlaps it.
        const loaded: LoadFigures = await drive(api.baseUrl, requests, {
          connections: CONNECTIONS,
          seconds: Math.max(5, Math.floor(((alone.dryRunMs + alone.applyMs) / 1000) * 0.9)),
        });
        const underLoad = await importing;
        console.log(
          `  ${BIG_ROWS} rows while search runs: dry run ${seconds(underLoad.dryRunMs)}, apply ${seconds(underLoad.applyMs)}, ` +
            `together ${seconds(underLoad.dryRunMs + underLoad.applyMs)} (${rate(BIG_ROWS, underLoad.dryRunMs + underLoad.applyMs)})`,
        );
        console.log(describeFigures('search', quiet) + '  (another tenant, no import)');
        console.log(describeFigures('search', loaded) + '  (another tenant, during the import)');
        console.log(describeFigures('health', health));
        console.log(`  search p95 during an import: ${(loaded.p95 / quiet.p95).toFixed(2)}× without`);
      } finally {
        await api.stop();
      }
    });
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
