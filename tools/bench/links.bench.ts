import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { LinkChecker, LinkResult, LinkResultKind } from '@socialkompas/safe-fetch';

/**
 * `npm run bench:links`: 5,000 link checks against 50 local sites on 127.0.0.1, 64 checks in flight,
 * at most 2 requests per host. Some sites are slow (100–300 ms), some fail (500, 404), some redirect
 * once. Each site counts the requests it has open at once; the run fails if any site ever saw more
 * than the per-host limit, because that limit is what keeps us polite to small municipal websites.
 */
const SITES = 50;
const LINKS_PER_SITE = 100;
const CHECKS_IN_FLIGHT = 64;
const PER_HOST = 2;

type Behaviour =
  | { kind: 'fast' }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'failing'; status: 404 | 500 }
  | { kind: 'redirecting' };

/** A fixed mix, so runs compare: 10 % 500, 10 % 404, 20 % redirecting, 20 % slow, 40 % fast. */
function behaviourOf(index: number): Behaviour {
  switch (index % 10) {
    case 0:
      return { kind: 'failing', status: 500 };
    case 1:
      return { kind: 'failing', status: 404 };
    case 2:
    case 3:
      return { kind: 'redirecting' };
    case 4:
    case 5:
      return { kind: 'slow', delayMs: 100 + ((index * 37) % 201) };
    default:
      return { kind: 'fast' };
  }
}

interface BenchSite {
  host: string;
  port: number;
  server: Server;
  peakOpenRequests: () => number;
}

async function startSite(index: number): Promise<BenchSite> {
  const behaviour = behaviourOf(index);
  let open = 0;
  let peak = 0;
  const server = createServer((request, response) => {
    open += 1;
    peak = Math.max(peak, open);
    response.on('close', () => (open -= 1));
    const path = request.url ?? '/';
    const page = () =>
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html><head><title>Tilbud ${path}</title></head><body>…</body></html>`);
    if (behaviour.kind === 'failing') response.writeHead(behaviour.status).end();
    else if (behaviour.kind === 'redirecting' && !path.startsWith('/moved/')) {
      response.writeHead(301, { location: `/moved${path}` }).end();
    } else if (behaviour.kind === 'slow') setTimeout(page, behaviour.delayMs);
    else page();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `site-${String(index).padStart(2, '0')}.bench.test`,
    port: (server.address() as AddressInfo).port,
    server,
    peakOpenRequests: () => peak,
  };
}

/** What the mix of sites should give: fast and slow pages ok, redirecting ones redirected, failing ones broken. */
function expectedCounts(): Map<LinkResultKind, number> {
  const counts = new Map<LinkResultKind, number>();
  for (let index = 0; index < SITES; index++) {
    const { kind } = behaviourOf(index);
    const result: LinkResultKind =
      kind === 'failing' ? 'broken' : kind === 'redirecting' ? 'redirected' : 'ok';
    counts.set(result, (counts.get(result) ?? 0) + LINKS_PER_SITE);
  }
  return counts;
}

/** A fixed number of checks in flight, as a nightly job would run them. */
async function checkAll(checker: LinkChecker, links: string[], inFlight: number): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const index = next++;
      results[index] = await checker.check(links[index]);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return results;
}

async function main() {
  const sites = await Promise.all(Array.from({ length: SITES }, (_, index) => startSite(index)));
  try {
    const checker = new LinkChecker({
      userAgent: 'Socialkompas-linkcheck/bench',
      perHostConcurrency: PER_HOST,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      allowAddresses: ['127.0.0.1'], // the bench sites live on loopback; production never sets this
    });
    // Interleaved by site, as links from many offers would be, so no single host holds up the start.
    const links = Array.from({ length: SITES * LINKS_PER_SITE }, (_, index) => {
      const site = sites[index % SITES];
      return `http://${site.host}:${site.port}/offer/${Math.floor(index / SITES)}`;
    });

    console.log(
      `links benchmark: ${links.length} links on ${SITES} local sites, ${CHECKS_IN_FLIGHT} checks in flight, ${PER_HOST} per host`,
    );
    const started = performance.now();
    const results = await checkAll(checker, links, CHECKS_IN_FLIGHT);
    const seconds = (performance.now() - started) / 1000;

    const counts = new Map<LinkResultKind, number>();
    for (const { kind } of results) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const serverPeak = Math.max(...sites.map((site) => site.peakOpenRequests()));
    const limiterPeak = Math.max(...sites.map((site) => checker.limiter.peak(site.host)));

    console.log(`  total ${seconds.toFixed(1)} s, ${(links.length / seconds).toFixed(0)} links/s`);
    console.log(`  results: ${[...counts].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
    const expected = expectedCounts();
    console.log(`  expected: ${[...expected].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
    console.log(
      `  highest concurrent requests at one host: server side ${serverPeak}, limiter ${limiterPeak} (limit ${PER_HOST})`,
    );
    if ([...expected].some(([kind, count]) => counts.get(kind) !== count)) {
      console.error('  FAILED: the results differ from what the sites were set up to answer');
      process.exitCode = 1;
    }
    if (serverPeak > PER_HOST) {
      console.error(
        `  FAILED: a site saw ${serverPeak} requests at once, more than the limit of ${PER_HOST}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await Promise.all(
      sites.map((site) => new Promise<void>((resolve) => site.server.close(() => resolve()))),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
