import type { IncomingHttpHeaders } from 'node:http';
import { HostLimiter } from './host-limiter';
import { NetworkBudget } from './network-budget';
import { isHtml, pageTitle, untilTitleIsIn } from './page-title';
import { looksParked } from './parked-page';
import { PinnedResolver, PinnedResolverOptions, PinnedUrl } from './pinned-resolver';
import { asSafeFetchError, errorCode, SafeFetchError } from './safe-fetch-error';
import { safeRequest } from './safe-request';

/** The type of the `resolve` option, for callers that give the checker a resolver of their own. */
export type { ResolvedAddress } from './pinned-resolver';

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
  /** Checking again within the run would find the same: the name does not exist, or never can. */
  lasting: boolean;
}

export interface LinkCheckerOptions extends PinnedResolverOptions {
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
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Answers to HEAD that often mean "this server does not do HEAD" rather than "the page is gone". */
const HEAD_REFUSALS = new Set([400, 403, 404, 405, 501]);
/** The page may well be there; the site just will not show it to a robot (999 is LinkedIn's). */
const UNCHECKABLE_STATUSES = new Set([401, 403, 429, 999]);
const ACCEPT = 'text/html,*/*;q=0.8';

/**
 * Tells whether a link in the catalogue still leads somewhere useful. Links come from editors and
 * imports, so every hop, redirects included, is vetted and pinned by the PinnedResolver before
 * a safe request is sent to it.
 */
export class LinkChecker {
  readonly limiter: HostLimiter;
  private readonly resolver: PinnedResolver;
  private readonly settings: Required<Omit<LinkCheckerOptions, keyof PinnedResolverOptions>>;

  constructor(options: LinkCheckerOptions) {
    this.settings = {
      userAgent: options.userAgent,
      perHostConcurrency: options.perHostConcurrency ?? 2,
      connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
      totalTimeoutMs: options.totalTimeoutMs ?? 15_000,
      maxRedirects: options.maxRedirects ?? 5,
      maxBodyBytes: options.maxBodyBytes ?? 262_144,
    };
    this.resolver = new PinnedResolver({
      resolve: options.resolve,
      allowAddresses: options.allowAddresses,
      allowOrigins: options.allowOrigins,
    });
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
        const answer = await this.ask(await this.resolver.pin(current, budget), budget);
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
      const problem = asSafeFetchError(error);
      return result(problem.kind, {
        reason: problem.reason,
        finalUrl: current.href,
        lasting: problem.lasting,
      });
    }
  }

  /** HEAD first, as it is cheapest for the site; GET where HEAD is refused or cannot show the title. */
  private async ask(hop: PinnedUrl, budget: NetworkBudget): Promise<HttpAnswer> {
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
  private async withPageTitle(hop: PinnedUrl, head: HttpAnswer, budget: NetworkBudget): Promise<HttpAnswer> {
    try {
      const page = await this.request(hop, 'GET', budget);
      return isSuccess(page.statusCode) ? page : head;
    } catch {
      return head; // HEAD already showed the page is there; a missing title changes nothing.
    }
  }

  /** The body is read only from a page that is there, and only as far as its title. */
  private async request(hop: PinnedUrl, method: 'HEAD' | 'GET', budget: NetworkBudget): Promise<HttpAnswer> {
    const { statusCode, headers, body } = await this.limiter.run(hop.url.hostname.toLowerCase(), () =>
      safeRequest(hop, {
        method,
        headers: { 'user-agent': this.settings.userAgent, accept: ACCEPT },
        connectTimeoutMs: this.settings.connectTimeoutMs,
        budget,
        wantBody: (answer) => isSuccess(answer.statusCode) && isHtml(answer.headers),
        maxBodyBytes: this.settings.maxBodyBytes,
        readUntil: untilTitleIsIn(),
      }),
    );
    return { statusCode, headers, title: body && pageTitle(body, headers) };
  }
}

interface HttpAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  title: string | null;
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
    lasting: false,
    ...details,
  };
}

function redirectTarget(answer: HttpAnswer, current: URL): URL {
  const location = answer.headers.location;
  if (!location) throw new SafeFetchError('broken', `HTTP ${answer.statusCode} without Location`);
  try {
    return withoutFragment(new URL(location, current));
  } catch {
    throw new SafeFetchError('broken', 'invalid redirect Location');
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

/** Some servers reset or garble the connection on HEAD instead of answering 405. */
function isHeadRefusedByConnection(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ECONNRESET' || (code?.startsWith('HPE_') ?? false);
}

function isSuccess(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}
