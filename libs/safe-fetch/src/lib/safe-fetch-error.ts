/**
 * Why an outbound request was refused or failed, in a few words fit to show an editor, e.g.
 * 'DNS: ENOTFOUND', 'resolves to 10.0.0.1 (loopback/private)' or 'timeout after 15 s'.
 */
export class SafeFetchError extends Error {
  constructor(
    /** 'blocked': the policy refused the request before anything was contacted; 'broken': it was tried and failed. */
    readonly kind: 'blocked' | 'broken',
    readonly reason: string,
    /** The system's code where the failure came from the network, e.g. 'ECONNRESET'. */
    readonly code?: string,
  ) {
    super(reason);
  }

  /** Asking again within minutes finds the same: the name does not exist, or never can. */
  get lasting(): boolean {
    return this.code !== undefined && LASTING_CODES.has(this.code);
  }
}

/** Not a system code: a name under a reserved top-level domain, never looked up. */
export const RESERVED_NAME = 'ERESERVEDNAME';
const LASTING_CODES = new Set(['ENOTFOUND', RESERVED_NAME]);

/** e.g. `timedOut('connect timeout', 5000)`: 'connect timeout after 5 s'. */
export function timedOut(what: string, ms: number): SafeFetchError {
  return new SafeFetchError('broken', `${what} after ${Number((ms / 1000).toFixed(1))} s`);
}

/** Any failure as a SafeFetchError, a network error's code put into words. */
export function asSafeFetchError(error: unknown): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const code = errorCode(error);
  return new SafeFetchError('broken', describeNetworkError(code), code);
}

export function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function describeNetworkError(code: string | undefined): string {
  if (!code) return 'network error';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'ETIMEDOUT') return 'connect timeout';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `unreachable: ${code}`;
  if (code.startsWith('HPE_')) return `invalid HTTP answer: ${code}`;
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_/.test(code)) return `TLS: ${code}`;
  return code;
}
