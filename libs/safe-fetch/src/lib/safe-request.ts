import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import { NetworkBudget } from './network-budget';
import { PinnedUrl, pinnedLookup } from './pinned-resolver';
import { asSafeFetchError, SafeFetchError, timedOut } from './safe-fetch-error';

export interface ResponseHead {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
}

export interface SafeResponse extends ResponseHead {
  /** The body as far as it was read, never more than `maxBodyBytes`; null when it was not wanted. */
  body: Buffer | null;
}

export interface SafeRequestOptions {
  method: 'HEAD' | 'GET' | 'POST';
  headers: http.OutgoingHttpHeaders;
  /** Sent with a POST (e.g. an OAuth token request's form); its length is set from it. */
  body?: string;
  connectTimeoutMs: number;
  /** The request is cut off when the budget runs out. */
  budget: NetworkBudget;
  /** Asked once the status and headers are in (never for HEAD): read the body, or close the connection on it. */
  wantBody(head: ResponseHead): boolean;
  /** Reading stops here however much more the server sends. */
  maxBodyBytes: number;
  /** Sees each chunk of the body as it is read; reading stops early once it answers true. */
  readUntil?: (chunk: Buffer) => boolean;
}

/**
 * One request to a vetted URL, over a fresh connection to its pinned address (no keep-alive, so a
 * per-host limit counts real connections). A redirect is an answer like any other: whether to
 * follow it is the caller's decision, and the next URL must be pinned in its turn. Rejects only
 * with a SafeFetchError; settles only when the connection is closed, so a finished request frees
 * its socket before the caller moves on.
 */
export function safeRequest(target: PinnedUrl, options: SafeRequestOptions): Promise<SafeResponse> {
  return options.budget.spend((remainingMs) => send(target, options, remainingMs));
}

function send(target: PinnedUrl, options: SafeRequestOptions, timeoutMs: number): Promise<SafeResponse> {
  const { url, hostname } = target;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let head: ResponseHead | null = null;
    let chunks: Buffer[] | null = null;
    let failure: unknown = null;
    let connectTimer: NodeJS.Timeout | undefined;
    const request = transport.request({
      method: options.method,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers:
        options.body === undefined
          ? options.headers
          : { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
      agent: false,
      lookup: pinnedLookup(target.addresses),
      // SNI must carry the name, never an IP literal.
      ...(isIP(hostname) ? {} : { servername: hostname }),
    });
    const totalTimer = setTimeout(() => request.destroy(options.budget.exhausted()), timeoutMs);
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      const problem = timedOut('connect timeout', options.connectTimeoutMs);
      connectTimer = setTimeout(() => request.destroy(problem), options.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    request.on('response', (response) => {
      head = { statusCode: response.statusCode ?? 0, headers: response.headers };
      // Once the status is in, a broken body (or our own cut) does not change the answer.
      response.on('error', () => undefined);
      if (options.method === 'HEAD') {
        response.resume();
      } else if (options.wantBody(head)) {
        const read: Buffer[] = [];
        chunks = read;
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          const kept = chunk.subarray(0, options.maxBodyBytes - bytes);
          read.push(kept);
          bytes += kept.length;
          if (bytes >= options.maxBodyBytes || options.readUntil?.(kept)) response.destroy();
        });
      } else {
        response.destroy(); // the status and headers are all that is wanted
      }
    });
    request.on('error', (error) => {
      failure ??= error;
    });
    request.on('close', () => {
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      if (head) resolve({ ...head, body: chunks && Buffer.concat(chunks) });
      else
        reject(
          asSafeFetchError(failure ?? new SafeFetchError('broken', 'connection closed without an answer')),
        );
    });
    request.end(options.body);
  });
}
