import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { LinkChecker, LinkCheckerOptions, ResolvedAddress } from './link-checker';

/** A real HTTP server on loopback that remembers what it was asked. */
interface LocalSite {
  origin: string;
  port: number;
  /** 'HEAD /path', 'GET /path', … in arrival order. */
  requests: string[];
  userAgents: (string | undefined)[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const sites: LocalSite[] = [];

async function startSite(handle: Handler): Promise<LocalSite> {
  const requests: string[] = [];
  const userAgents: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    userAgents.push(request.headers['user-agent']);
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const site: LocalSite = {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  sites.push(site);
  return site;
}

afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

const html = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>Hej</body></html>`;

function answer(status: number, headers: Record<string, string> = {}, body = ''): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/plain', ...headers });
    response.end(body);
  };
}

/** Resolves every name to loopback, as a hostile or careless DNS entry could. */
const toLoopback = async (): Promise<ResolvedAddress[]> => [{ address: '127.0.0.1', family: 4 }];

/** The checker as tests run it: loopback allowed, because the test servers live there. */
const checkerForLocalSites = (options: Partial<LinkCheckerOptions> = {}) =>
  new LinkChecker({ userAgent: 'Socialkompas-linkcheck/test', allowAddresses: ['127.0.0.1'], ...options });

describe('LinkChecker classifies links', () => {
  it('calls a page that answers 200 ok, with its title and our user agent', async () => {
    const site = await startSite(
      answer(200, { 'content-type': 'text/html' }, html('Klub for seniorer &amp; venner')),
    );
    const result = await checkerForLocalSites().check(`${site.origin}/`);
    expect(result).toEqual({
      kind: 'ok',
      statusCode: 200,
      reason: null,
      finalUrl: `${site.origin}/`,
      pageTitle: 'Klub for seniorer & venner',
      retryAfterSeconds: null,
      lasting: false,
    });
    expect(site.userAgents).toContain('Socialkompas-linkcheck/test');
  });

  it('calls a page that answers 404 broken, after trying GET in case HEAD is the problem', async () => {
    const site = await startSite(answer(404));
    const result = await checkerForLocalSites().check(`${site.origin}/gone`);
    expect(result).toMatchObject({ kind: 'broken', statusCode: 404, reason: 'HTTP 404' });
    expect(site.requests).toEqual(['HEAD /gone', 'GET /gone']);
  });

  it('calls a page that answers 500 broken', async () => {
    const site = await startSite(answer(500));
    expect(await checkerForLocalSites().check(`${site.origin}/`)).toMatchObject({
      kind: 'broken',
      statusCode: 500,
      reason: 'HTTP 500',
    });
  });

  it('gives up on a server that never answers when the total time-out runs out', async () => {
    const site = await startSite(() => undefined);
    const started = Date.now();
    const result = await checkerForLocalSites({ totalTimeoutMs: 300 }).check(`${site.origin}/`);
    expect(result).toMatchObject({ kind: 'broken', reason: 'timeout after 0.3 s' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('calls a page that is down broken when nothing listens on its port', async () => {
    const site = await startSite(answer(200));
    await site.close();
    expect(await checkerForLocalSites().check(`${site.origin}/`)).toMatchObject({
      kind: 'broken',
      reason: 'connection refused',
    });
  });

  it('calls a name that does not resolve broken, with the DNS error', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    const checker = checkerForLocalSites({ resolve: () => Promise.reject(notFound) });
    expect(await checker.check('https://ikke-til.dk/')).toMatchObject({
      kind: 'broken',
      reason: 'DNS: ENOTFOUND',
    });
  });

  it('calls a link under a reserved top-level domain broken for good, without asking DNS', async () => {
    const asked: string[] = [];
    const checker = checkerForLocalSites({
      resolve: async (hostname) => {
        asked.push(hostname);
        return toLoopback();
      },
    });
    expect(await checker.check('https://www.sind.dk.example/silkeborg')).toMatchObject({
      kind: 'broken',
      reason: 'reserveret domæne (.example), findes ikke på nettet',
      lasting: true,
    });
    expect(asked).toEqual([]);
  });

  it('asks the resolver once about a host that many checks need at the same time', async () => {
    let lookups = 0;
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    const checker = checkerForLocalSites({
      resolve: () => {
        lookups += 1;
        return new Promise((_resolve, reject) => setTimeout(() => reject(notFound), 20));
      },
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => checker.check(`https://samme-vaert.dk/side-${index}`)),
    );
    expect(results.every((found) => found.reason === 'DNS: ENOTFOUND')).toBe(true);
    expect(lookups).toBe(1);
  });

  it('calls text that is not a URL broken', async () => {
    expect(await checkerForLocalSites().check('www.klubben dk')).toMatchObject({
      kind: 'broken',
      reason: 'invalid URL',
    });
  });

  it('follows a chain of three redirects and reports where it ended', async () => {
    const next: Record<string, string> = { '/start': '/one', '/one': '/two', '/two': '/end' };
    const site = await startSite((request, response) => {
      const target = next[request.url ?? ''];
      if (target) response.writeHead(301, { location: target }).end();
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('here');
    });
    expect(await checkerForLocalSites().check(`${site.origin}/start`)).toMatchObject({
      kind: 'redirected',
      statusCode: 200,
      finalUrl: `${site.origin}/end`,
    });
  });

  it('calls a chain longer than maxRedirects broken', async () => {
    const site = await startSite((request, response) => {
      const step = Number(request.url?.slice(1));
      response.writeHead(302, { location: `/${step + 1}` }).end();
    });
    expect(await checkerForLocalSites({ maxRedirects: 2 }).check(`${site.origin}/0`)).toMatchObject({
      kind: 'broken',
      reason: 'too many redirects',
    });
    expect(site.requests).toEqual(['HEAD /0', 'HEAD /1', 'HEAD /2']);
  });

  it('calls a redirect loop broken instead of going round', async () => {
    const site = await startSite((request, response) => {
      response.writeHead(302, { location: request.url === '/a' ? '/b' : '/a' }).end();
    });
    expect(await checkerForLocalSites().check(`${site.origin}/a`)).toMatchObject({
      kind: 'broken',
      reason: 'redirect loop',
    });
  });

  it('falls back to GET when HEAD is not allowed, and takes GET’s answer', async () => {
    const site = await startSite((request, response) => {
      if (request.method === 'HEAD') response.writeHead(405).end();
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    });
    expect(await checkerForLocalSites().check(`${site.origin}/`)).toMatchObject({
      kind: 'ok',
      statusCode: 200,
    });
    expect(site.requests).toEqual(['HEAD /', 'GET /']);
  });

  it('falls back to GET when the server drops the connection on HEAD', async () => {
    const site = await startSite((request, response) => {
      if (request.method === 'HEAD') request.socket.destroy();
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    });
    expect(await checkerForLocalSites().check(`${site.origin}/`)).toMatchObject({
      kind: 'ok',
      statusCode: 200,
    });
    expect(site.requests).toEqual(['HEAD /', 'GET /']);
  });

  it('calls 403 unchecked: the page may be there, the site just will not show a robot', async () => {
    const site = await startSite(answer(403));
    expect(await checkerForLocalSites().check(`${site.origin}/`)).toMatchObject({
      kind: 'unchecked',
      statusCode: 403,
      reason: 'HTTP 403',
    });
  });

  it('calls 429 unchecked and says when to come back, in seconds or as a date', async () => {
    const inSeconds = await startSite(answer(429, { 'retry-after': '120' }));
    expect(await checkerForLocalSites().check(`${inSeconds.origin}/`)).toMatchObject({
      kind: 'unchecked',
      reason: 'HTTP 429',
      retryAfterSeconds: 120,
    });
    const asDate = await startSite(
      answer(429, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }),
    );
    const { retryAfterSeconds } = await checkerForLocalSites().check(`${asDate.origin}/`);
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(58);
    expect(retryAfterSeconds).toBeLessThanOrEqual(61);
  });

  it('calls a page titled as a domain for sale suspicious', async () => {
    const site = await startSite(
      answer(200, { 'content-type': 'text/html; charset=utf-8' }, html('Dette domæne er til salg')),
    );
    expect(await checkerForLocalSites().check(`${site.origin}/`)).toMatchObject({
      kind: 'suspicious',
      statusCode: 200,
      reason: 'looks like a parked domain',
      pageTitle: 'Dette domæne er til salg',
    });
  });

  it('calls a link that ends at a parking service suspicious', async () => {
    const site = await startSite((request, response) => {
      if (request.headers.host?.startsWith('klubben.dk')) {
        response.writeHead(302, { location: `http://www.sedoparking.com:${site.port}/lander` }).end();
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ads');
      }
    });
    const checker = checkerForLocalSites({ resolve: toLoopback });
    expect(await checker.check(`http://klubben.dk:${site.port}/`)).toMatchObject({
      kind: 'suspicious',
      finalUrl: `http://www.sedoparking.com:${site.port}/lander`,
    });
  });

  it('reads no more than maxBodyBytes of an endless page', async () => {
    let bytesSent = 0;
    const site = await startSite((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      if (request.method === 'HEAD') return void response.end();
      const chunk = Buffer.alloc(16_384, 'x');
      const pour = () => {
        while (!response.destroyed && response.write(chunk)) bytesSent += chunk.length;
      };
      response.on('drain', pour);
      response.write('<html><head>');
      pour();
    });
    const started = Date.now();
    const result = await checkerForLocalSites({ maxBodyBytes: 65_536, totalTimeoutMs: 10_000 }).check(
      `${site.origin}/`,
    );
    expect(result).toMatchObject({ kind: 'ok', pageTitle: null });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(bytesSent).toBeLessThan(50_000_000);
  });
});

describe('LinkChecker only contacts public addresses', () => {
  it('blocks a redirect to a private address without contacting it', async () => {
    const resolved: string[] = [];
    const site = await startSite(answer(302, { location: 'http://10.1.2.3/x' }));
    const checker = checkerForLocalSites({
      resolve: async (hostname) => {
        resolved.push(hostname);
        return toLoopback();
      },
    });
    const result = await checker.check(`${site.origin}/`);
    expect(result).toMatchObject({ kind: 'blocked', finalUrl: 'http://10.1.2.3/x' });
    expect(result.reason).toContain('10.1.2.3');
    expect(resolved).toEqual([]); // IP literals are checked as they are, never looked up
    expect(checker.limiter.peak('10.1.2.3')).toBe(0); // no request was started
  });

  it('blocks a name that resolves to loopback, and the server never hears of it', async () => {
    const site = await startSite(answer(200));
    const checker = new LinkChecker({ userAgent: 'Socialkompas-linkcheck/test', resolve: toLoopback });
    expect(await checker.check(`http://intranet.kommune.dk:${site.port}/`)).toEqual(
      expect.objectContaining({ kind: 'blocked', reason: 'resolves to 127.0.0.1 (loopback/private)' }),
    );
    expect(site.requests).toEqual([]);
  });

  it('blocks loopback written as an IPv4-mapped IPv6 address, even where 127.0.0.1 is allowed', async () => {
    const site = await startSite(answer(200));
    const result = await checkerForLocalSites().check(`http://[::ffff:127.0.0.1]:${site.port}/`);
    expect(result.kind).toBe('blocked');
    expect(site.requests).toEqual([]);
  });

  it('reaches an allowed test origin and nothing else on loopback: not another port, not by redirect', async () => {
    const other = await startSite(answer(200));
    const allowed = await startSite((request, response) => {
      if (request.url === '/elsewhere') response.writeHead(302, { location: `${other.origin}/` }).end();
      else answer(200)(request, response);
    });
    const checker = new LinkChecker({
      userAgent: 'Socialkompas-linkcheck/test',
      allowOrigins: [allowed.origin],
    });

    expect(await checker.check(`${allowed.origin}/tilbud`)).toMatchObject({ kind: 'ok' });
    expect(await checker.check(`${other.origin}/`)).toMatchObject({ kind: 'blocked' });
    expect(await checker.check(`${allowed.origin}/elsewhere`)).toMatchObject({
      kind: 'blocked',
      finalUrl: `${other.origin}/`,
    });
    expect(await checker.check(`https://127.0.0.1:${allowed.port}/`)).toMatchObject({ kind: 'blocked' });
    expect(other.requests).toEqual([]);
  });

  it.each([
    ['http://168.63.129.16/machine?comp=goalstate', 'Azure’s platform address'],
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'a Teredo address'],
    ['http://203.0.113.10/', 'a documentation address'],
  ])('blocks %s (%s)', async (link) => {
    expect(await checkerForLocalSites().check(link)).toMatchObject({ kind: 'blocked' });
  });

  it('blocks an IPv6 unique-local address', async () => {
    expect(await checkerForLocalSites().check('http://[fd00::1]/')).toMatchObject({ kind: 'blocked' });
  });

  it('blocks a URL with credentials in it', async () => {
    const site = await startSite(answer(200));
    expect(await checkerForLocalSites().check(`http://admin:hemmelig@127.0.0.1:${site.port}/`)).toMatchObject(
      {
        kind: 'blocked',
        reason: 'credentials in URL',
      },
    );
    expect(site.requests).toEqual([]);
  });

  it('blocks schemes other than http and https', async () => {
    expect(await checkerForLocalSites().check('ftp://127.0.0.1/offers.csv')).toMatchObject({
      kind: 'blocked',
      reason: 'unsupported scheme ftp:',
    });
  });
});

describe('LinkChecker is polite to each host', () => {
  /** Answers after 50 ms and counts its open requests, overall and per Host header. */
  async function startCountingSite() {
    const open = new Map<string, number>();
    const peaks = new Map<string, number>();
    let openOverall = 0;
    let peakOverall = 0;
    const site = await startSite((request, response) => {
      const host = (request.headers.host ?? '').split(':')[0];
      open.set(host, (open.get(host) ?? 0) + 1);
      peaks.set(host, Math.max(peaks.get(host) ?? 0, open.get(host) ?? 0));
      peakOverall = Math.max(peakOverall, ++openOverall);
      response.on('close', () => {
        open.set(host, (open.get(host) ?? 1) - 1);
        openOverall -= 1;
      });
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 50);
    });
    return { site, peaks, peakOverall: () => peakOverall };
  }

  it('never has more than perHostConcurrency requests open at one host', async () => {
    const { site, peaks } = await startCountingSite();
    const checker = checkerForLocalSites({ perHostConcurrency: 2 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => checker.check(`${site.origin}/offer/${index}`)),
    );
    expect(results.every((result) => result.kind === 'ok')).toBe(true);
    expect(peaks.get('127.0.0.1')).toBeLessThanOrEqual(2);
    expect(checker.limiter.peak('127.0.0.1')).toBe(2);
  });

  it('works on two hosts side by side, each within its own limit', async () => {
    const { site, peaks, peakOverall } = await startCountingSite();
    const checker = checkerForLocalSites({ perHostConcurrency: 2, resolve: toLoopback });
    const links = Array.from({ length: 20 }, (_, index) => {
      const host = index % 2 === 0 ? 'alfa.dk' : 'beta.dk';
      return `http://${host}:${site.port}/offer/${index}`;
    });
    const results = await Promise.all(links.map((link) => checker.check(link)));
    expect(results.every((result) => result.kind === 'ok')).toBe(true);
    expect(peaks.get('alfa.dk')).toBeLessThanOrEqual(2);
    expect(peaks.get('beta.dk')).toBeLessThanOrEqual(2);
    expect(checker.limiter.peak('alfa.dk')).toBe(2);
    expect(checker.limiter.peak('beta.dk')).toBe(2);
    expect(peakOverall()).toBeGreaterThan(2); // one host's queue did not hold up the other
  });
});
