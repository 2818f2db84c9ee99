import 'reflect-metadata';
import { get } from 'node:http';
import { Client } from 'pg';
import { SearchIndexWriter } from '@socialkompas/catalogue';
import { DANISH_POSTCODES, PostcodeArea } from '@socialkompas/denmark';
import { townSlug } from '@socialkompas/demo';
import { MIGRATIONS } from '@socialkompas/migrations';
import {
  assertValidTenantSlug,
  MigrationRunner,
  TenancyService,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { ensureDatabase } from '../../apps/api/src/embedded/embedded-postgres';
import { acquireDatabaseServer, withDatabase, withThrowawayDatabase } from '../test/support/database-server';
import { openBenchDataSource, SeededTenant, seedTenants } from './bench-database';
import {
  ApiProcess,
  combineLoads,
  describeFigures,
  drive,
  DrivenLoad,
  LoadFigures,
  startApiProcess,
} from './http-load';
import { searchQueryMix } from './search-queries';

/**
 * `npm run bench:search`: public search over HTTP against the production entry point, with a
 * fixed mix of 200 realistic queries (text with typos, facets, geography, combinations) at
 * concurrency 16, `GET /health` the same way in the same run, the first search after an editor's
 * change, and the API's memory once every tenant has been searched; each scenario with and
 * without the reuse of whole answers (SEARCH_ANSWER_REUSE).
 *
 * Environment: BENCH_SECONDS (20), BENCH_SCENARIOS (comma-separated keys, default all),
 * BENCH_ANSWER_REUSE (both | on | off, default both), BENCH_EDITS (20), and BENCH_KEEP_DATABASES=1
 * to keep each scenario's seeded database between runs (migrated to the current schema on reuse).
 */
const CONNECTIONS = 16;
/** Each pass's time, and /health's, is cut into this many turns taken in alternation. */
const SLICES = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const KEEP_DATABASES = process.env.BENCH_KEEP_DATABASES === '1';
const REUSE_MODES: string[] = (() => {
  const modes = { both: ['on', 'off'], on: ['on'], off: ['off'] }[process.env.BENCH_ANSWER_REUSE ?? 'both'];
  if (!modes) throw new Error('BENCH_ANSWER_REUSE must be both, on or off');
  return modes;
})();

interface Scenario {
  key: string;
  label: string;
  tenants: SeededTenant[];
  /** The hosts searched, each its own pass; requests go round-robin over a pass's hosts. */
  passes: { label: string; hosts: string[] }[];
  withDistricts: boolean;
  /** The tenant whose offers the editor changes, and the host searched for the change. */
  edited: string;
  editedHost: string;
}

const municipalities = (count: number, offers: number, prefix = 'kommune'): SeededTenant[] =>
  Array.from({ length: count }, (_, index) => ({
    slug: `${prefix}_${String(index).padStart(3, '0')}`,
    name: `Kommune ${index}`,
    kind: 'municipality' as const,
    offers,
  }));

/** Denmark's five regions by their number of municipalities (Midtjylland's 19 first): 98 in all. */
const REGION_SIZES = [19, 29, 22, 17, 11];

const isTenantSlug = (slug: string) => {
  try {
    assertValidTenantSlug(slug);
    return true;
  } catch {
    return false;
  }
};

/**
 * As many towns as asked for, each a municipality of its own, spread over the country as the
 * postcodes are (the demo generator places a tenant's offers in the town its slug names, see
 * townSlug): Aarhus, then every so many of the other towns in postcode order.
 */
function danishTowns(count: number): { slug: string; area: PostcodeArea }[] {
  const towns = new Map<string, PostcodeArea>();
  for (const area of DANISH_POSTCODES) {
    const slug = townSlug(area);
    if (!towns.has(slug) && isTenantSlug(slug)) towns.set(slug, area);
  }
  const aarhus = towns.get('aarhus');
  if (!aarhus) throw new Error('the postcode table has no Aarhus');
  const others = [...towns].filter(([slug]) => slug !== 'aarhus');
  const step = others.length / (count - 1);
  const spread = Array.from({ length: count - 1 }, (_, index) => others[Math.floor(index * step)]);
  return [['aarhus', aarhus] as const, ...spread].map(([slug, area]) => ({ slug, area }));
}

/**
 * 98 municipalities × 700 offers in towns of their own, in five regions (without offers of their
 * own), and the national tenant's 300. Region 0 is Aarhus and the 18 towns nearest it, as
 * Midtjylland is; the others follow in postcode order.
 */
function nation(): SeededTenant[] {
  const regions = REGION_SIZES.map((_, index): SeededTenant => ({
    slug: `region_${index}`,
    name: `Region ${index}`,
    kind: 'region',
    offers: 0,
  }));
  const towns = danishTowns(REGION_SIZES.reduce((sum, size) => sum + size, 0));
  const [origin] = towns;
  const squaredDegrees = ({ area }: (typeof towns)[number]) =>
    (area.latitude - origin.area.latitude) ** 2 + ((area.longitude - origin.area.longitude) * 0.56) ** 2;
  const nearest = [...towns].sort((a, b) => squaredDegrees(a) - squaredDegrees(b)).slice(0, REGION_SIZES[0]);
  const ordered = [...nearest, ...towns.filter((town) => !nearest.includes(town))];
  const regionOf = REGION_SIZES.flatMap((size, region) => Array.from({ length: size }, () => region));
  const municipalitiesOfTowns = ordered.map(({ slug, area }, index): SeededTenant => ({
    slug,
    name: `${area.name.split(' ')[0]} Kommune`,
    kind: 'municipality',
    offers: 700,
    region: regions[regionOf[index]].slug,
  }));
  return [
    ...regions,
    ...municipalitiesOfTowns,
    { slug: 'danmark', name: 'Hele landet', kind: 'national', offers: 300 },
  ];
}

const SCENARIOS: Scenario[] = [
  {
    key: 'single',
    label: '10,000 offers in one tenant',
    tenants: [{ slug: 'aarhus', name: 'Aarhus Kommune', kind: 'municipality', offers: 10_000 }],
    passes: [{ label: 'search', hosts: ['aarhus.localhost'] }],
    withDistricts: true,
    edited: 'aarhus',
    editedHost: 'aarhus.localhost',
  },
  {
    key: 'hundred',
    label: '100 tenants × 1,000 offers',
    tenants: municipalities(100, 1_000),
    passes: [{ label: 'search', hosts: municipalities(100, 0).map((tenant) => `${tenant.slug}.localhost`) }],
    withDistricts: false,
    edited: 'kommune_000',
    editedHost: 'kommune_000.localhost',
  },
  {
    key: 'national',
    label: '98 municipalities × 700 offers in their own towns and 300 national offers',
    tenants: nation(),
    passes: [
      { label: 'national', hosts: ['localhost'] },
      { label: 'region of 19', hosts: ['region_0.localhost'] },
    ],
    withDistricts: false,
    // A member of region_0, whose edit is looked for on the region's host.
    edited: 'aarhus',
    editedHost: 'region_0.localhost',
  },
];

/**
 * The scenario's seeded database: a fresh one dropped afterwards, or with BENCH_KEEP_DATABASES=1
 * one kept by name, seeded once (marked by a comment when complete) and migrated on reuse.
 */
async function withScenarioDatabase(
  adminUrl: string,
  scenario: Scenario,
  work: (url: string) => Promise<void>,
) {
  if (!KEEP_DATABASES) {
    return withThrowawayDatabase(adminUrl, `sk_bench_search_${Date.now()}_${scenario.key}`, async (url) => {
      await seedTenants(url, scenario.tenants);
      await work(url);
    });
  }
  const name = `sk_bench_search_kept_${scenario.key}`;
  const marker = `seeded: ${scenario.label}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (rows[0]?.comment !== marker) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await ensureDatabase(adminUrl, name);
      await seedTenants(withDatabase(adminUrl, name), scenario.tenants);
      await admin.query(`COMMENT ON DATABASE "${name}" IS '${marker.replaceAll("'", "''")}'`);
    } else {
      const dataSource = await openBenchDataSource(withDatabase(adminUrl, name));
      try {
        await new MigrationRunner(dataSource, MIGRATIONS).migrateAll();
      } finally {
        await dataSource.destroy();
      }
      console.log(`  reusing the kept database ${name}`);
    }
  } finally {
    await admin.end();
  }
  await work(withDatabase(adminUrl, name));
}

/**
 * An editor's change, as the editing routes make it (the row, then the index in the same
 * transaction), timed from the commit until a search on the API shows it, EDITS times. The
 * API learns of the change from the generation it reads at most a second later, so the clock
 * runs from the moment that read is due; what is timed is the search that loads the change.
 */
async function firstSearchesAfterEdits(
  url: string,
  api: ApiProcess,
  scenario: Scenario,
): Promise<LoadFigures> {
  const dataSource = await openBenchDataSource(url);
  const latencies: number[] = [];
  try {
    const tenancy = new TenancyService(dataSource);
    const writer = new SearchIndexWriter(tenancy);
    const tenant = await new TenantRegistry(dataSource).findBySlug(scenario.edited);
    if (!tenant) throw new Error(`no tenant ${scenario.edited}`);
    const ids = await tenancy.run(tenant, (manager) =>
      manager.query<{ id: string }[]>(
        `SELECT id FROM offers WHERE status = 'published' ORDER BY id LIMIT $1`,
        [EDITS],
      ),
    );
    for (const [index, { id }] of ids.entries()) {
      const word = `benchrettelse${index}x${Date.now() % 100_000}`;
      await tenancy.run(tenant, async (manager) => {
        await manager.query(`UPDATE offers SET name = name || ' ' || $2 WHERE id = $1`, [id, word]);
        await writer.refresh([id]);
      });
      // Past the API's generation recheck, so the next search reads the new generation itself.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      for (;;) {
        const started = performance.now();
        const body = await getJson<{ total: number }>(
          `${api.baseUrl}/api/v1/offers?q=${word}`,
          scenario.editedHost,
        );
        const elapsed = performance.now() - started;
        if (body.total > 0) {
          latencies.push(elapsed);
          break;
        }
      }
    }
  } finally {
    await dataSource.destroy();
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    requestsPerSecond: NaN,
    requests: latencies.length,
    non2xx: 0,
    errors: 0,
  };
}

/** A GET with a Host header of its own (fetch does not let one set it). */
function getJson<T>(url: string, host: string): Promise<T> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { host } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(JSON.parse(text) as T)
          : reject(new Error(`${response.statusCode} ${text}`)),
      );
    }).on('error', reject);
  });
}

async function run(scenario: Scenario, url: string, answerReuse: string): Promise<void> {
  const api = await startApiProcess(url, { env: { SEARCH_ANSWER_REUSE: answerReuse } });
  try {
    const paths = searchQueryMix({ withDistricts: scenario.withDistricts });
    const requestsOf = (hosts: string[]) =>
      paths.map((path, index) => ({ path, host: hosts[index % hosts.length] }));
    const verdicts: string[] = [];
    // Each pass alone first: every snapshot, text match and plan is new, as after a deploy.
    for (const pass of scenario.passes) {
      const requests = requestsOf(pass.hosts);
      const cold = await drive(api.baseUrl, requests, {
        connections: 1,
        seconds: 0,
        amount: requests.length,
      });
      console.log(describeFigures(`${pass.label} cold`, cold) + '  (first pass, one connection)');
    }
    // Each pass and /health take turns in slices, so that the machine's speed, which drifts
    // from minute to minute on a shared host, is the same for a pass and its reference.
    const slices = new Map<string, DrivenLoad[]>();
    const slice = async (label: string, requests: { path: string; host: string }[]) => {
      const load = await drive(api.baseUrl, requests, {
        connections: CONNECTIONS,
        seconds: SECONDS / SLICES,
      });
      slices.set(label, [...(slices.get(label) ?? []), load]);
    };
    for (let turn = 0; turn < SLICES; turn += 1) {
      for (const pass of scenario.passes) await slice(pass.label, requestsOf(pass.hosts));
      await slice('health', [{ path: '/health', host: 'localhost' }]);
    }
    const healthSlices = slices.get('health') ?? [];
    const health = combineLoads(healthSlices);
    for (const pass of scenario.passes) {
      const passSlices = slices.get(pass.label) ?? [];
      const figures = combineLoads(passSlices);
      console.log(describeFigures(pass.label, figures));
      verdicts.push(verdict(pass.label, figures, health, sliceRatios(passSlices, healthSlices)));
    }
    console.log(describeFigures('health', health));
    console.log(
      `  API RSS after every tenant searched: ${((await api.rssBytes()) / 2 ** 20) | 0} MB (goal ≤ 600 MB)`,
    );
    if (EDITS > 0) {
      const edits = await firstSearchesAfterEdits(url, api, scenario);
      console.log(
        `  first search after an edit in ${scenario.edited}, on ${scenario.editedHost}: p50 ${edits.p50.toFixed(1)} ms, p95 ${edits.p95.toFixed(1)} ms, max ${edits.p99.toFixed(1)} ms over ${edits.requests} edits (goal p95 ≤ 100 ms)`,
      );
    }
    for (const line of verdicts) console.log(line);
  } finally {
    await api.stop();
  }
}

/** Each slice's throughput over that of the /health slice that followed it. */
function sliceRatios(search: LoadFigures[], health: LoadFigures[]): number[] {
  return search.map((load, turn) => load.requestsPerSecond / health[turn].requestsPerSecond);
}

function verdict(label: string, search: LoadFigures, health: LoadFigures, ratios: number[]): string {
  const ratio = search.requestsPerSecond / health.requestsPerSecond;
  const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} slice by slice`;
  return `  ${label}: throughput ${ratio.toFixed(2)} of /health's (${spread}; goal ≥ 0.3); p95 ${search.p95.toFixed(1)} ms (goal ≤ 50 ms)`;
}

async function main() {
  const only = process.env.BENCH_SCENARIOS?.split(',');
  const scenarios = SCENARIOS.filter((scenario) => !only || only.includes(scenario.key));
  const { adminUrl, embedded } = await acquireDatabaseServer();
  try {
    for (const scenario of scenarios) {
      console.log(`search benchmark: ${scenario.label}, ${CONNECTIONS} connections, ${SECONDS} s each`);
      await withScenarioDatabase(adminUrl, scenario, async (url) => {
        for (const answerReuse of REUSE_MODES) {
          console.log(` answer reuse ${answerReuse}:`);
          await run(scenario, url, answerReuse);
        }
      });
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
