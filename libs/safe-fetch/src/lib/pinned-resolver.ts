import { lookup as systemLookup } from 'node:dns/promises';
import { isIP, LookupFunction } from 'node:net';
import { isForbiddenAddress, reservedTopLevelDomain } from './address-policy';
import { NetworkBudget } from './network-budget';
import { errorCode, RESERVED_NAME, SafeFetchError } from './safe-fetch-error';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface PinnedResolverOptions {
  /** Default: the system resolver, every address, in the resolver's order. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Test configuration only: addresses that may be reached although forbidden (e.g. ['127.0.0.1']). */
  allowAddresses?: string[];
  /**
   * Test sites only: origins written with a forbidden address (e.g. 'http://127.0.0.1:8080') that
   * may be reached; that address on any other port or scheme stays refused, redirects included.
   */
  allowOrigins?: string[];
}

/** Not exported: only this module can make a PinnedUrl, so nothing unvetted reaches a request. */
const vetted: unique symbol = Symbol('vetted');

/** A URL whose addresses have been vetted; its connection may use these and nothing else. Only PinnedResolver makes one. */
export interface PinnedUrl {
  readonly url: URL;
  /** Without IPv6 brackets: what TLS (SNI) and the Host header are built from. */
  readonly hostname: string;
  readonly addresses: readonly ResolvedAddress[];
  readonly [vetted]: true;
}

const LOOKUP_CACHE_MS = 60_000;
const LOCALHOST: ResolvedAddress[] = [{ address: '127.0.0.1', family: 4 }];
const LOOKUP_CACHE_SIZE = 10_000;

/**
 * Vets a URL before anything is sent to it: http(s) only, no credentials, and only public addresses
 * (see address-policy), every address the name resolves to. The connection then goes to exactly the
 * addresses vetted (see `pinnedLookup`), so DNS cannot be switched in between.
 */
export class PinnedResolver {
  private readonly lookups = new Map<string, { addresses: Promise<ResolvedAddress[]>; at: number }>();
  private readonly resolve: (hostname: string) => Promise<ResolvedAddress[]>;
  private readonly allowedAddresses: ReadonlySet<string>;
  private readonly allowedOrigins: ReadonlySet<string>;

  constructor(options: PinnedResolverOptions) {
    this.resolve = options.resolve ?? resolveWithSystem;
    this.allowedAddresses = new Set(options.allowAddresses ?? []);
    this.allowedOrigins = new Set((options.allowOrigins ?? []).map((origin) => new URL(origin).origin));
  }

  /**
   * Rejects with a SafeFetchError: 'blocked' when the policy refuses the URL, 'broken' when DNS fails
   * or the name is under a reserved top-level domain, which is never looked up.
   */
  async pin(url: URL, budget: NetworkBudget): Promise<PinnedUrl> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new SafeFetchError('blocked', `unsupported scheme ${url.protocol}`);
    }
    if (url.username || url.password) throw new SafeFetchError('blocked', 'credentials in URL');
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const literalFamily = isIP(hostname);
    if (literalFamily === 4 || literalFamily === 6) {
      if (!this.mayConnectTo(hostname) && !this.allowedOrigins.has(url.origin))
        throw new SafeFetchError('blocked', `${hostname} is a loopback/private address`);
      return pinned(url, hostname, [{ address: hostname, family: literalFamily }]);
    }
    const addresses = await budget.spend((remainingMs) =>
      withDeadline(this.resolveHost(hostname), remainingMs, budget.exhausted()),
    );
    // One bad address is enough: the connection could otherwise land on it.
    const forbidden = addresses.find(({ address }) => !this.mayConnectTo(address));
    if (forbidden) throw new SafeFetchError('blocked', `resolves to ${forbidden.address} (loopback/private)`);
    return pinned(url, hostname, addresses);
  }

  private mayConnectTo(address: string): boolean {
    return !isForbiddenAddress(address) || this.allowedAddresses.has(address);
  }

  /**
   * One look-up per host name a minute, shared by the callers that need it: a link check run asks
   * about the same few hosts hundreds of times, and some resolvers stall on a burst of identical
   * queries. Failures are remembered too. The addresses are vetted on every use all the same.
   */
  private lookup(hostname: string): Promise<ResolvedAddress[]> {
    const cached = this.lookups.get(hostname);
    if (cached && Date.now() - cached.at < LOOKUP_CACHE_MS) return cached.addresses;
    const addresses = this.resolve(hostname);
    addresses.catch(() => undefined); // observed here; each caller handles the failure itself
    this.lookups.set(hostname, { addresses, at: Date.now() });
    if (this.lookups.size > LOOKUP_CACHE_SIZE)
      this.lookups.delete(this.lookups.keys().next().value as string);
    return addresses;
  }

  private async resolveHost(hostname: string): Promise<ResolvedAddress[]> {
    const reserved = reservedTopLevelDomain(hostname);
    // RFC 6761: localhost names are the loopback address, answered here rather than by DNS.
    if (reserved === 'localhost') return LOCALHOST;
    if (reserved)
      throw new SafeFetchError(
        'broken',
        `reserveret domæne (.${reserved}), findes ikke på nettet`,
        RESERVED_NAME,
      );
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.lookup(hostname);
    } catch (error) {
      const code = errorCode(error);
      throw new SafeFetchError('broken', `DNS: ${code ?? 'lookup failed'}`, code);
    }
    if (addresses.length === 0) throw new SafeFetchError('broken', 'DNS: no addresses');
    return addresses;
  }
}

/** Hands the connection the vetted addresses whatever name it asks for. */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
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

function pinned(url: URL, hostname: string, addresses: ResolvedAddress[]): PinnedUrl {
  return { url, hostname, addresses, [vetted]: true };
}

function withDeadline<T>(work: Promise<T>, ms: number, problem: SafeFetchError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(problem), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The system resolver as the checker uses it: every address, in the resolver's order. */
export async function resolveWithSystem(hostname: string): Promise<ResolvedAddress[]> {
  const found = await systemLookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}
