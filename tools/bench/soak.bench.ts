import 'reflect-metadata';
import { request } from 'node:http';
import { Client } from 'pg';
import { tenantSchemaName } from '@socialkompas/tenancy';
import { acquireDatabaseServer, withThrowawayDatabase } from '../test/support/database-server';
import { startRedisServer } from '../test/support/redis';
import { seedTenants } from './bench-database';
import { BenchSession, BenchSessions, staffSessions } from './bench-login';
import {
  ApiProcess,
  BenchProcess,
  describeFigures,
  drive,
  LoadFigures,
  startApiProcess,
  startWorkerProcess,
} from './http-load';
import { searchQueryMix } from './search-queries';

/**
 * `npm run bench:soak`: the production API and a separate worker (with a Redis of the benchmark's
 * own) under steady mixed traffic for BENCH_SOAK_SECONDS (300): public search, offer pages and
 * suggestions over 10 tenants × 700 offers, and editors saving offers through the API (each save a
 * new search generation of its tenant), while the worker runs every tenant's link check. Reports
 * errors (goal 0), latencies beside `/health` in the same run, both processes' memory over time
 * (goal: flat, API ≤ 400 MB) and database connections in use.
 *
 * Environment: BENCH_SOAK_SECONDS (300), BENCH_CONNECTIONS (32, of which BENCH_EDITORS, 4, save),
 * BENCH_ANSWER_REUSE (on | off, the API's SEARCH_ANSWER_REUSE; default on).
 */
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 4);
const TENANTS = 10;
const OFFERS = 700;
/** Published offers per tenant the readers open and the editors save. */
const OFFERS_USED = 40;
const SAMPLE_EVERY_MS = 5_000;
const HEALTH_SECONDS = 20;
/** The soak reads the API's heap from its own /metrics. */
const METRICS_TOKEN = 'soak-metrics-token-of-at-least-32-characters';

const SLUGS = Array.from({ length: TENANTS }, (_, index) => `soak_${String(index).padStart(2, '0')}`);
const SUGGEST_PREFIXES = ['ens', 'ang', 'sorg', 'lekti', 'motion', 'bør', 'ældre', 'frivil'];

interface Offer {
  slug: string;
  id: string;
}

/** Readers' requests: the search mix round the hosts, every third an offer page, every eighth a suggestion. */
function readerRequests(offers: Offer[]): { path: string; host: string }[] {
  const requests: { path: string; host: string }[] = [];
  searchQueryMix({ withDistricts: false }).forEach((path, index) => {
    requests.push({ path, host: `${SLUGS[index % TENANTS]}.localhost` });
    if (index % 3 === 0) {
      const offer = offers[(index * 7) % offers.length];
      requests.push({ path: `/api/v1/offers/${offer.id}`, host: `${offer.slug}.localhost` });
    }
    if (index % 8 === 0) {
      const prefix = SUGGEST_PREFIXES[(index / 8) % SUGGEST_PREFIXES.length];
      requests.push({
        path: `/api/v1/suggest?q=${encodeURIComponent(prefix)}`,
        host: `${SLUGS[index % TENANTS]}.localhost`,
      });
    }
  });
  return requests;
}

async function publishedOffers(url: string): Promise<Offer[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const offers: Offer[] = [];
    for (const slug of SLUGS) {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM ${tenantSchemaName(slug)}.offers WHERE status = 'published' ORDER BY id LIMIT $1`,
        [OFFERS_USED],
      );
      offers.push(...rows.map(({ id }) => ({ slug, id })));
    }
    return offers;
  } finally {
    await client.end();
  }
}

/** One JSON call with a staff session to the API on loopback. */
function call(
  baseUrl: string,
  method: string,
  host: string,
  path: string,
  session: BenchSession,
  body?: unknown,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's answers, read field by field
): Promise<{ status: number; json: any }> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host,
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': String(payload.length) }
            : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, json: text.startsWith('{') ? JSON.parse(text) : text });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

interface EditorFigures {
  saves: number;
  failures: string[];
  latencies: number[];
}

/**
 * An editor's loop until `deadline`: open one of their offers, change its name, save it with the
 * version seen. Each editor has offers of their own, so a 409 would be a fault, not a race.
 */
async function edit(
  baseUrl: string,
  sessions: BenchSessions,
  offers: Offer[],
  deadline: number,
  figures: EditorFigures,
): Promise<void> {
  for (let round = 0; Date.now() < deadline; round++) {
    const offer = offers[round % offers.length];
    const session = sessions.of(offer.slug);
    const host = `${offer.slug}.localhost`;
    const started = performance.now();
    const opened = await call(baseUrl, 'GET', host, `/api/v1/admin/offers/${offer.id}`, session);
    if (opened.status !== 200) {
      figures.failures.push(`open ${opened.status}`);
      continue;
    }
    const name = `${String(opened.json.name).replace(/ \(rettet \d+\)$/, '')} (rettet ${round})`;
    const saved = await call(baseUrl, 'PATCH', host, `/api/v1/offers/${offer.id}`, session, {
      name,
      version: opened.json.version,
    });
    figures.latencies.push(performance.now() - started);
    if (saved.status === 200) figures.saves += 1;
    else figures.failures.push(`save ${saved.status} ${JSON.stringify(saved.json).slice(0, 120)}`);
  }
}

interface Sample {
  atSeconds: number;
  apiMb: number;
  /** V8's heap in use, and memory outside it (Buffers), as the API's /metrics reports them. */
  heapMb: number;
  heapTotalMb: number;
  externalMb: number;
  workerMb: number;
  connections: number;
  active: number;
}

/** V8's heap in use and the memory outside it, in MB, from the API's /metrics (prom-client's defaults). */
async function heapOf(api: ApiProcess): Promise<{ heapMb: number; heapTotalMb: number; externalMb: number }> {
  const text = await (
    await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const gauge = (name: string) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return {
    heapMb: gauge('nodejs_heap_size_used_bytes'),
    heapTotalMb: gauge('nodejs_heap_size_total_bytes'),
    externalMb: gauge('nodejs_external_memory_bytes'),
  };
}

/** Every few seconds: both processes' memory and the run database's connections (all, and running a statement). */
function sampleEvery(
  url: string,
  api: ApiProcess,
  worker: BenchProcess,
  samples: Sample[],
): { stop(): Promise<void> } {
  const database = new URL(url).pathname.slice(1);
  const client = new Client({ connectionString: url });
  const started = Date.now();
  const take = async () => {
    const { rows } = await client.query<{ connections: number; active: number }>(
      `SELECT count(*)::int AS connections, count(*) FILTER (WHERE state = 'active')::int - 1 AS active
         FROM pg_stat_activity WHERE datname = $1`,
      [database],
    );
    samples.push({
      atSeconds: Math.round((Date.now() - started) / 1000),
      apiMb: (await api.rssBytes()) / 2 ** 20,
      ...(await heapOf(api)),
      workerMb: (await worker.rssBytes()) / 2 ** 20,
      ...rows[0],
    });
  };
  const connected = client.connect().then(take);
  const timer = setInterval(() => void take().catch(() => undefined), SAMPLE_EVERY_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await connected;
      await take();
      await client.end();
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(readers: LoadFigures, editors: EditorFigures, health: LoadFigures, samples: Sample[]): void {
  console.log(describeFigures('readers', readers));
  console.log(
    `  editors  p50 ${percentile(editors.latencies, 50).toFixed(1)} ms, p95 ${percentile(editors.latencies, 95).toFixed(1)} ms, p99 ${percentile(editors.latencies, 99).toFixed(1)} ms per open and save, ${(editors.saves / SECONDS).toFixed(1)} saves/s (${editors.saves} saves, ${editors.failures.length} failed${editors.failures.length ? `: ${editors.failures.slice(0, 3).join('; ')}` : ''})`,
  );
  console.log(describeFigures('health', health));
  const errors = readers.errors + readers.non2xx + editors.failures.length;
  console.log(`  errors: ${errors} (goal 0)`);
  const everyMinute = samples.filter(
    (sample, index) => index === 0 || sample.atSeconds % 60 < SAMPLE_EVERY_MS / 1000,
  );
  for (const sample of everyMinute) {
    console.log(
      `  at ${String(sample.atSeconds).padStart(4)} s: API ${sample.apiMb.toFixed(0)} MB (heap ${sample.heapMb.toFixed(0)} of ${sample.heapTotalMb.toFixed(0)} MB, external ${sample.externalMb.toFixed(0)} MB), worker ${sample.workerMb.toFixed(0)} MB, ${sample.connections} connections (${sample.active} running a statement)`,
    );
  }
  const apiMax = Math.max(...samples.map((sample) => sample.apiMb));
  const activeMax = Math.max(...samples.map((sample) => sample.active));
  const activeMean = samples.reduce((sum, sample) => sum + sample.active, 0) / samples.length;
  console.log(
    `  API RSS start ${samples[0].apiMb.toFixed(0)} MB, end ${samples[samples.length - 1].apiMb.toFixed(0)} MB, max ${apiMax.toFixed(0)} MB (goal ≤ 400 MB); statements running at once: mean ${activeMean.toFixed(1)}, max ${activeMax} (pools of 10 per process)`,
  );
}

/** How many tenants' link checks the worker finished, as each tenant's jobs page shows it. */
async function finishedLinkChecks(baseUrl: string, sessions: BenchSessions): Promise<number> {
  let finished = 0;
  for (const slug of SLUGS) {
    const jobs = await call(baseUrl, 'GET', `${slug}.localhost`, '/api/v1/admin/jobs', sessions.of(slug));
    const linkCheck = (jobs.json.queues as { queue: string; lastRun: { lastOutcome: string } | null }[]).find(
      (queue) => queue.queue === 'link-check',
    );
    if (linkCheck?.lastRun?.lastOutcome === 'ok') finished += 1;
  }
  return finished;
}

async function main(): Promise<void> {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  const redis = await startRedisServer();
  try {
    await withThrowawayDatabase(adminUrl, `sk_bench_soak_${Date.now()}`, async (url) => {
      await seedTenants(
        url,
        SLUGS.map((slug, index) => ({
          slug,
          name: `Kommune ${index}`,
          kind: 'municipality',
          offers: OFFERS,
        })),
      );
      const sessions = await staffSessions(url, SLUGS, 'editor');
      const offers = await publishedOffers(url);
      const api = await startApiProcess(url, {
        env: {
          REDIS_URL: redis.url,
          METRICS_TOKEN,
          SEARCH_ANSWER_REUSE: process.env.BENCH_ANSWER_REUSE ?? 'on',
        },
      });
      const worker = startWorkerProcess(url, redis.url);
      try {
        console.log(
          `soak benchmark: ${TENANTS} tenants × ${OFFERS} offers, ${CONNECTIONS - EDITORS} readers and ${EDITORS} editors for ${SECONDS} s, a link check of every tenant in the worker`,
        );
        for (const slug of SLUGS) {
          const queued = await call(
            api.baseUrl,
            'POST',
            `${slug}.localhost`,
            '/api/v1/admin/jobs/link-check/run',
            sessions.of(slug),
          );
          if (queued.status !== 202) throw new Error(`link check of ${slug}: ${queued.status}`);
        }
        const samples: Sample[] = [];
        const sampler = sampleEvery(url, api, worker, samples);
        const deadline = Date.now() + SECONDS * 1000;
        const editors: EditorFigures = { saves: 0, failures: [], latencies: [] };
        const [readers] = await Promise.all([
          drive(api.baseUrl, readerRequests(offers), {
            connections: CONNECTIONS - EDITORS,
            seconds: SECONDS,
          }),
          ...Array.from({ length: EDITORS }, (_, editor) =>
            edit(
              api.baseUrl,
              sessions,
              offers.filter((_, index) => index % EDITORS === editor),
              deadline,
              editors,
            ),
          ),
        ]);
        await sampler.stop();
        const health = await drive(api.baseUrl, [{ path: '/health', host: 'localhost' }], {
          connections: CONNECTIONS,
          seconds: HEALTH_SECONDS,
        });
        report(readers, editors, health, samples);
        console.log(
          `  link checks finished in the worker: ${await finishedLinkChecks(api.baseUrl, sessions)} of ${TENANTS} tenants`,
        );
      } finally {
        await Promise.all([api.stop(), worker.stop()]);
      }
    });
  } finally {
    await redis.stop();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
