import { lookup as systemLookup } from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { isForbiddenAddress } from './address-policy';
import { HostLimiter } from './host-limiter';
import { looksParked } from './parked-page';

export type LinkResultKind = 'ok' | 'redirected' | 'broken' | 'blocked' | 'suspicious' | 'unchecked';

export interface LinkResult {
  kind: LinkResultKind;
  statusCode: number | null;
  /** Short technical reason shown to editors, e.g. 'HTTP 404' or 'timeout after 15 s'; null when all is well. */
  reason: string | null;
  /** The URL of the last hop tried (after any redirects); null when the link could not be parsed. */
  finalUrl: string | null;
  pageTitle: string | null;
  retryAfterSeconds: number | null;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface LinkCheckerOptions {
  /** e.g. 'Socialkompas-linkcheck/1.0 (+https://socialkompas.dk/om-linktjek)', so site owners know who asks. */
  userAgent: string;
  /** Requests in flight per host name at any moment, across all checks. Default 2. */
  perHostConcurrency?: number;
  /** Default 5000. */
  connectTimeoutMs?: number;
  /** The whole check including redirects and DNS, but not time queued behind the per-host limit. Default 15000. */
  totalTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Most of an HTML page read to find its title. Default 262144. */
  maxBodyBytes?: number;
  /** Default: the system resolver, every address, in the resolver's order. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Test configuration only: addresses that may be reached although forbidden (e.g. ['127.0.0.1']). */
  allowAddresses?: string[];
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Answers to HEAD that often mean "this server does not do HEAD" rather than "the page is gone". */
const HEAD_REFUSALS = new Set([400, 403, 404, 405, 501]);
/** The page may well be there; the site just will not show it to a robot (999 is LinkedIn's). */
const UNCHECKABLE_STATUSES = new Set([401, 403, 429, 999]);
const ACCEPT = 'text/html,*/*;q=0.8';
/** Titles are shown in lists; junk pages can stuff kilobytes into one. */
const MAX_TITLE_LENGTH = 300;

/**
 * Tells whether a link in the catalogue still leads somewhere useful. Links come from editors and
 * imports, so every hop is vetted: only public addresses are contacted (see address-policy), and the
 * connection goes to exactly the address that was vetted, so DNS cannot be switched in between.
 */
const LOOKUP_CACHE_MS = 60_000;
const LOOKUP_CACHE_SIZE = 10_000;

export class LinkChecker {
  readonly limiter: HostLimiter;
  private readonly lookups = new Map<string, { addresses: Promise<ResolvedAddress[]>; at: number }>();
  private readonly settings: Required<Omit<LinkCheckerOptions, 'allowAddresses'>>;
  private readonly allowedAddresses: ReadonlySet<string>;

  constructor(options: LinkCheckerOptions) {
    this.settings = {
      userAgent: options.userAgent,
      perHostConcurrency: options.perHostConcurrency ?? 2,
      connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
      totalTimeoutMs: options.totalTimeoutMs ?? 15_000,
      maxRedirects: options.maxRedirects ?? 5,
      maxBodyBytes: options.maxBodyBytes ?? 262_144,
      resolve: options.resolve ?? resolveWithSystem,
    };
    this.allowedAddresses = new Set(options.allowAddresses ?? []);
    this.limiter = new HostLimiter(this.settings.perHostConcurrency);
  }

  /** Never throws: every failure is a result. */
  async check(url: string): Promise<LinkResult> {
    let current: URL;
    try {
      current = withoutFragment(new URL(url));
    } catch {
      return result('broken', { reason: 'invalid URL' });
    }
    const original = current.href;
    const visited = new Set([original]);
    const budget = new NetworkBudget(this.settings.totalTimeoutMs);
    try {
      for (let redirects = 0; ; redirects += 1) {
        const answer = await this.ask(await this.pin(current, budget), budget);
        if (!REDIRECT_STATUSES.has(answer.statusCode)) return classify(answer, current.href, original);
        const next = redirectTarget(answer, current);
        const statusCode = answer.statusCode;
        if (visited.has(next.href))
          return result('broken', { statusCode, reason: 'redirect loop', finalUrl: next.href });
        if (redirects >= this.settings.maxRedirects) {
          return result('broken', { statusCode, reason: 'too many redirects', finalUrl: next.href });
        }
        visited.add(next.href);
        current = next;
      }
    } catch (error) {
      const problem = asProblem(error);
      return result(problem.kind, { reason: problem.reason, finalUrl: current.href });
    }
  }

  /** Vets the hop's scheme and addresses; what it returns is all a connection may use. */
  private async pin(url: URL, budget: NetworkBudget): Promise<PinnedHop> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new LinkProblem('blocked', `unsupported scheme ${url.protocol}`);
    }
    if (url.username || url.password) throw new LinkProblem('blocked', 'credentials in URL');
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const hop = { url, hostKey: url.hostname.toLowerCase(), hostname };
    const literalFamily = isIP(hostname);
    if (literalFamily === 4 || literalFamily === 6) {
      if (!this.mayConnectTo(hostname))
        throw new LinkProblem('blocked', `${hostname} is a loopback/private address`);
      return { ...hop, addresses: [{ address: hostname, family: literalFamily }] };
    }
    const addresses = await budget.spend((remainingMs) =>
      withDeadline(this.resolveHost(hostname), remainingMs, budget.exhausted()),
    );
    // One bad address is enough: the connection could otherwise land on it.
    const forbidden = addresses.find(({ address }) => !this.mayConnectTo(address));
    if (forbidden) throw new LinkProblem('blocked', `resolves to ${forbidden.address} (loopback/private)`);
    return { ...hop, addresses };
  }

  private mayConnectTo(address: string): boolean {
    return !isForbiddenAddress(address) || this.allowedAddresses.has(address);
  }

  /**
   * One look-up per host name a minute, shared by the checks that need it: a run asks about the
   * same few hosts hundreds of times, and some resolvers stall on a burst of identical queries.
   * Failures are remembered too. The addresses are vetted on every use all the same.
   */
  private lookup(hostname: string): Promise<ResolvedAddress[]> {
    const cached = this.lookups.get(hostname);
    if (cached && Date.now() - cached.at < LOOKUP_CACHE_MS) return cached.addresses;
    const addresses = this.settings.resolve(hostname);
    addresses.catch(() => undefined); // observed here; each caller handles the failure itself
    this.lookups.set(hostname, { addresses, at: Date.now() });
    if (this.lookups.size > LOOKUP_CACHE_SIZE)
      this.lookups.delete(this.lookups.keys().next().value as string);
    return addresses;
  }

  private async resolveHost(hostname: string): Promise<ResolvedAddress[]> {
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.lookup(hostname);
    } catch (error) {
      throw new LinkProblem('broken', `DNS: ${errorCode(error) ?? 'lookup failed'}`);
    }
    if (addresses.length === 0) throw new LinkProblem('broken', 'DNS: no addresses');
    return addresses;
  }

  /** HEAD first, as it is cheapest for the site; GET where HEAD is refused or cannot show the title. */
  private async ask(hop: PinnedHop, budget: NetworkBudget): Promise<HttpAnswer> {
    let head: HttpAnswer;
    try {
      head = await this.request(hop, 'HEAD', budget);
    } catch (error) {
      if (!isHeadRefusedByConnection(error)) throw error;
      return this.request(hop, 'GET', budget);
    }
    if (HEAD_REFUSALS.has(head.statusCode)) return this.request(hop, 'GET', budget);
    if (isSuccess(head.statusCode) && isHtml(head.headers)) return this.withPageTitle(hop, head, budget);
    return head;
  }

  /** A parked domain answers 200 like any page; only its title gives it away, and HEAD has no body. */
  private async withPageTitle(hop: PinnedHop, head: HttpAnswer, budget: NetworkBudget): Promise<HttpAnswer> {
    try {
      const page = await this.request(hop, 'GET', budget);
      return isSuccess(page.statusCode) ? page : head;
    } catch {
      return head; // HEAD already showed the page is there; a missing title changes nothing.
    }
  }

  private request(hop: PinnedHop, method: 'HEAD' | 'GET', budget: NetworkBudget): Promise<HttpAnswer> {
    return this.limiter.run(hop.hostKey, () =>
      budget.spend((remainingMs) =>
        sendRequest({
          hop,
          method,
          userAgent: this.settings.userAgent,
          connectTimeoutMs: this.settings.connectTimeoutMs,
          timeoutMs: remainingMs,
          timeoutProblem: budget.exhausted(),
          maxBodyBytes: this.settings.maxBodyBytes,
        }),
      ),
    );
  }
}

/** Ends a check with a verdict from deep inside it. */
class LinkProblem extends Error {
  constructor(
    readonly kind: 'broken' | 'blocked',
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The time a check may spend on DNS and requests. Waiting for a turn at a busy host does not count:
 * that is our own politeness, not the site's slowness.
 */
class NetworkBudget {
  private spentMs = 0;

  constructor(private readonly totalMs: number) {}

  async spend<T>(work: (remainingMs: number) => Promise<T>): Promise<T> {
    const remainingMs = this.totalMs - this.spentMs;
    if (remainingMs <= 0) throw this.exhausted();
    const started = performance.now();
    try {
      return await work(remainingMs);
    } finally {
      this.spentMs += performance.now() - started;
    }
  }

  exhausted(): LinkProblem {
    return new LinkProblem('broken', `timeout after ${seconds(this.totalMs)}`);
  }
}

/** A hop whose addresses have been vetted; its connection may use these and nothing else. */
interface PinnedHop {
  url: URL;
  hostKey: string;
  /** Without IPv6 brackets: what TLS (SNI) and the Host header are built from. */
  hostname: string;
  addresses: ResolvedAddress[];
}

interface HttpAnswer {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  title: string | null;
}

interface RequestPlan {
  hop: PinnedHop;
  method: 'HEAD' | 'GET';
  userAgent: string;
  connectTimeoutMs: number;
  timeoutMs: number;
  timeoutProblem: LinkProblem;
  maxBodyBytes: number;
}

/**
 * One request on a fresh connection (no keep-alive, so the per-host limit counts real connections).
 * Settles only when the connection is closed, so a finished request frees its socket before its slot.
 */
function sendRequest(plan: RequestPlan): Promise<HttpAnswer> {
  const { hop } = plan;
  const transport = hop.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let answered: Omit<HttpAnswer, 'title'> | null = null;
    let titleReader: TitleReader | null = null;
    let failure: unknown = null;
    let connectTimer: NodeJS.Timeout | undefined;
    const request = transport.request({
      method: plan.method,
      hostname: hop.hostname,
      port: hop.url.port || undefined,
      path: `${hop.url.pathname}${hop.url.search}`,
      headers: { 'user-agent': plan.userAgent, accept: ACCEPT },
      agent: false,
      lookup: pinnedLookup(hop.addresses),
      // SNI must carry the name, never an IP literal.
      ...(isIP(hop.hostname) ? {} : { servername: hop.hostname }),
    });
    const totalTimer = setTimeout(() => request.destroy(plan.timeoutProblem), plan.timeoutMs);
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      const problem = new LinkProblem('broken', `connect timeout after ${seconds(plan.connectTimeoutMs)}`);
      connectTimer = setTimeout(() => request.destroy(problem), plan.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    request.on('response', (response) => {
      answered = { statusCode: response.statusCode ?? 0, headers: response.headers };
      // Once the status is in, a broken body (or our own cut) does not change the verdict.
      response.on('error', () => undefined);
      if (plan.method === 'GET' && isSuccess(answered.statusCode) && isHtml(response.headers)) {
        const reader = new TitleReader(plan.maxBodyBytes, charsetOf(response.headers));
        titleReader = reader;
        response.on('data', (chunk: Buffer) => {
          if (reader.add(chunk)) response.destroy();
        });
      } else if (plan.method === 'HEAD') {
        response.resume();
      } else {
        response.destroy(); // the status is all we need
      }
    });
    request.on('error', (error) => {
      failure ??= error;
    });
    request.on('close', () => {
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      if (answered) resolve({ ...answered, title: titleReader?.title() ?? null });
      else reject(failure ?? new LinkProblem('broken', 'connection closed without an answer'));
    });
    request.end();
  });
}

/** Hands the connection the vetted addresses whatever name it asks for. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    // Asynchronous like the real lookup, which socket code expects.
    if (options.all)
      process.nextTick(
        callback,
        null,
        addresses.map(({ address, family }) => ({ address, family })),
      );
    else process.nextTick(callback, null, addresses[0].address, addresses[0].family);
  };
}

/** Reads an HTML page only as far as its title, and never beyond maxBytes. */
class TitleReader {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  /** Lower-case latin1 view of the bytes so far: enough to find ASCII markup in any charset. */
  private markup = '';

  constructor(
    private readonly maxBytes: number,
    private readonly charset: string,
  ) {}

  /** Takes a chunk; true when nothing more is worth reading. */
  add(chunk: Buffer): boolean {
    const kept = chunk.subarray(0, this.maxBytes - this.bytes);
    this.chunks.push(kept);
    this.bytes += kept.length;
    const searchFrom = Math.max(0, this.markup.length - 8); // a tag may straddle two chunks
    this.markup += kept.toString('latin1').toLowerCase();
    const titleCannotFollow = ['</title', '</head', '<body'].some((tag) =>
      this.markup.includes(tag, searchFrom),
    );
    return titleCannotFollow || this.bytes >= this.maxBytes;
  }

  title(): string | null {
    const match = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/i.exec(
      decodeText(Buffer.concat(this.chunks), this.charset),
    );
    if (!match) return null;
    const title = decodeEntities(match[1]).replace(/\s+/g, ' ').trim();
    return title ? title.slice(0, MAX_TITLE_LENGTH) : null;
  }
}

function decodeText(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown charset label
  }
}

/** The entities page titles actually use, including the Danish letters older sites escape. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? entity;
    const codePoint = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

function classify(answer: HttpAnswer, finalUrl: string, originalUrl: string): LinkResult {
  const { statusCode, title: pageTitle } = answer;
  const seen = { statusCode, finalUrl, pageTitle };
  if (isSuccess(statusCode)) {
    if (looksParked(finalUrl, pageTitle))
      return result('suspicious', { ...seen, reason: 'looks like a parked domain' });
    return result(finalUrl === originalUrl ? 'ok' : 'redirected', seen);
  }
  const reason = `HTTP ${statusCode}`;
  if (UNCHECKABLE_STATUSES.has(statusCode)) {
    const retryAfterSeconds = statusCode === 429 ? parseRetryAfter(answer.headers['retry-after']) : null;
    return result('unchecked', { ...seen, reason, retryAfterSeconds });
  }
  if (statusCode >= 400) return result('broken', { ...seen, reason });
  // 1xx and the 3xx we do not follow (300, 304) say nothing either way about the page.
  return result('unchecked', { ...seen, reason });
}

function result(kind: LinkResultKind, details: Partial<Omit<LinkResult, 'kind'>>): LinkResult {
  return {
    kind,
    statusCode: null,
    reason: null,
    finalUrl: null,
    pageTitle: null,
    retryAfterSeconds: null,
    ...details,
  };
}

function redirectTarget(answer: HttpAnswer, current: URL): URL {
  const location = answer.headers.location;
  if (!location) throw new LinkProblem('broken', `HTTP ${answer.statusCode} without Location`);
  try {
    return withoutFragment(new URL(location, current));
  } catch {
    throw new LinkProblem('broken', 'invalid redirect Location');
  }
}

/** The fragment never reaches the server, so /a#x and /a are the same request. */
function withoutFragment(url: URL): URL {
  url.hash = '';
  return url;
}

/** Seconds to wait, from either form of Retry-After: '120' or an HTTP date. */
function parseRetryAfter(value: string | undefined): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function withDeadline<T>(work: Promise<T>, ms: number, problem: LinkProblem): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(problem), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function resolveWithSystem(hostname: string): Promise<ResolvedAddress[]> {
  const found = await systemLookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

/** Some servers reset or garble the connection on HEAD instead of answering 405. */
function isHeadRefusedByConnection(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ECONNRESET' || (code?.startsWith('HPE_') ?? false);
}

function asProblem(error: unknown): LinkProblem {
  return error instanceof LinkProblem ? error : new LinkProblem('broken', describeNetworkError(error));
}

function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  if (!code) return 'network error';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'ETIMEDOUT') return 'connect timeout';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `unreachable: ${code}`;
  if (code.startsWith('HPE_')) return `invalid HTTP answer: ${code}`;
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_/.test(code)) return `TLS: ${code}`;
  return code;
}

function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function isSuccess(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}

function isHtml(headers: http.IncomingHttpHeaders): boolean {
  return /text\/html|application\/xhtml\+xml/i.test(headers['content-type'] ?? '');
}

function charsetOf(headers: http.IncomingHttpHeaders): string {
  return /charset="?([\w-]+)/i.exec(headers['content-type'] ?? '')?.[1] ?? 'utf-8';
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
