import { request as httpRequest } from 'node:http';

export interface BrowserResponse {
  status: number;
  /** The URL of the last hop, after redirects. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body as sent, for files that are not text (a logo). */
  bytes: Buffer;
  json<T = unknown>(): T;
}

export interface BrowserRequestOptions {
  headers?: Record<string, string>;
  form?: Record<string, string>;
  json?: unknown;
  /** A file as the request body, e.g. an uploaded logo. */
  file?: { contentType: string; bytes: Buffer };
  /** Default true. */
  followRedirects?: boolean;
}

interface StoredCookie {
  value: string;
  /** Epoch milliseconds; Infinity for a session cookie. */
  expiresAt: number;
}

interface RequestBody {
  contentType: string;
  payload: string | Buffer;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A browser-like HTTP client for login-flow tests: follows redirects, keeps cookies and submits
 * forms, over plain node:http. Tenant hosts such as `t_ab12.localhost` do not resolve here, so every
 * request connects to 127.0.0.1 at the URL's port and carries the URL's host in the Host header.
 *
 * Cookies are kept per host, keyed by `URL.host` (so including the port, e.g.
 * `t_ab12.localhost:4123`); every cookie is treated as host-only with path '/', which is all the
 * login flow needs. http only.
 */
export class BrowserClient {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();
  private readonly maxRedirects: number;

  constructor(options: { maxRedirects?: number } = {}) {
    this.maxRedirects = options.maxRedirects ?? 20;
  }

  async request(method: string, url: string, options: BrowserRequestOptions = {}): Promise<BrowserResponse> {
    let currentMethod = method.toUpperCase();
    let currentUrl = new URL(url);
    let body = encodeBody(options);
    for (let hop = 0; ; hop++) {
      const response = await this.send(currentMethod, currentUrl, options.headers ?? {}, body);
      const location = response.headers['location'];
      const redirects = REDIRECT_STATUSES.has(response.status) && typeof location === 'string';
      if (!redirects || options.followRedirects === false) return response;
      if (hop >= this.maxRedirects) {
        throw new Error(`More than ${this.maxRedirects} redirects, the last from ${currentUrl.href}.`);
      }
      currentUrl = new URL(location, currentUrl);
      // Browsers turn 301/302/303 into a GET without body; 307/308 repeat the request as it was.
      if (response.status <= 303) {
        currentMethod = 'GET';
        body = undefined;
      }
    }
  }

  get(url: string, options: BrowserRequestOptions = {}): Promise<BrowserResponse> {
    return this.request('GET', url, options);
  }

  /**
   * Submits the first <form> of an HTML page: its action resolved against the page URL, its <input>
   * name/value pairs (hidden ones included) plus `overrides`, sent with the form's method. Buttons
   * are not collected: pass a button's name/value in `overrides` when the server reads it.
   */
  submitForm(
    page: BrowserResponse,
    overrides: Record<string, string> = {},
    options: { followRedirects?: boolean } = {},
  ): Promise<BrowserResponse> {
    const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(page.body);
    if (!form) throw new Error(`No <form> on the page at ${page.url} (status ${page.status}).`);
    const formAttributes = parseAttributes(form[1]);
    const action = new URL(formAttributes['action'] ?? '', page.url);
    const method = (formAttributes['method'] ?? 'GET').toUpperCase();

    const fields: Record<string, string> = {};
    for (const input of form[2].matchAll(/<input\b([^>]*)>/gi)) {
      const attributes = parseAttributes(input[1]);
      const name = attributes['name'];
      const type = (attributes['type'] ?? 'text').toLowerCase();
      if (!name || ['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !('checked' in attributes)) continue;
      fields[name] = attributes['value'] ?? (type === 'checkbox' || type === 'radio' ? 'on' : '');
    }
    Object.assign(fields, overrides);

    if (method === 'GET') {
      action.search = new URLSearchParams(fields).toString();
      return this.request('GET', action.href, options);
    }
    return this.request(method, action.href, { ...options, form: fields });
  }

  cookie(host: string, name: string): string | undefined {
    return this.liveCookies(host).get(name);
  }

  /** Sets a session cookie, e.g. to replay a cookie of one tenant's host on another's. */
  setCookie(host: string, name: string, value: string): void {
    this.cookiesOf(host).set(name, { value, expiresAt: Infinity });
  }

  cookieHeaderFor(host: string): string {
    return [...this.liveCookies(host)].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private cookiesOf(host: string): Map<string, StoredCookie> {
    let cookies = this.jar.get(host);
    if (!cookies) {
      cookies = new Map();
      this.jar.set(host, cookies);
    }
    return cookies;
  }

  private liveCookies(host: string): Map<string, string> {
    const live = new Map<string, string>();
    const cookies = this.jar.get(host);
    for (const [name, cookie] of cookies ?? []) {
      if (cookie.expiresAt <= Date.now()) cookies?.delete(name);
      else live.set(name, cookie.value);
    }
    return live;
  }

  private storeSetCookie(host: string, header: string): void {
    const [pair, ...attributeParts] = header.split(';');
    const separator = pair.indexOf('=');
    if (separator <= 0) return;
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();

    let expiresAt = Infinity;
    for (const part of attributeParts) {
      const [key, ...rest] = part.split('=');
      const attribute = key.trim().toLowerCase();
      const attributeValue = rest.join('=').trim();
      // Max-Age wins over Expires, as in browsers.
      if (attribute === 'max-age') {
        expiresAt = Date.now() + Number(attributeValue) * 1000;
        break;
      }
      if (attribute === 'expires') expiresAt = Date.parse(attributeValue);
    }

    if (!(expiresAt > Date.now())) this.cookiesOf(host).delete(name);
    else this.cookiesOf(host).set(name, { value, expiresAt });
  }

  private send(
    method: string,
    url: URL,
    extraHeaders: Record<string, string>,
    body: RequestBody | undefined,
  ): Promise<BrowserResponse> {
    if (url.protocol !== 'http:') throw new Error(`BrowserClient speaks http only, not ${url.href}.`);
    const headers: Record<string, string> = {
      host: url.host,
      accept: 'text/html,application/json;q=0.9,*/*;q=0.8',
    };
    const cookieHeader = this.cookieHeaderFor(url.host);
    if (cookieHeader) headers['cookie'] = cookieHeader;
    if (body) {
      headers['content-type'] = body.contentType;
      headers['content-length'] = String(Buffer.byteLength(body.payload));
    }
    Object.assign(headers, extraHeaders);

    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port: Number(url.port || 80), method, path: url.pathname + url.search, headers },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            for (const setCookie of incoming.headers['set-cookie'] ?? [])
              this.storeSetCookie(url.host, setCookie);
            const bytes = Buffer.concat(chunks);
            const text = bytes.toString('utf8');
            resolve({
              bytes,
              status: incoming.statusCode ?? 0,
              url: url.href,
              headers: incoming.headers,
              body: text,
              json: <T>() => JSON.parse(text) as T,
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body?.payload);
    });
  }
}

function encodeBody(options: BrowserRequestOptions): RequestBody | undefined {
  if (options.form) {
    return {
      contentType: 'application/x-www-form-urlencoded',
      payload: new URLSearchParams(options.form).toString(),
    };
  }
  if (options.json !== undefined) {
    return { contentType: 'application/json', payload: JSON.stringify(options.json) };
  }
  if (options.file) return { contentType: options.file.contentType, payload: options.file.bytes };
  return undefined;
}

/** Attributes of an HTML start tag (the part after its name), names lower-cased, values unescaped. */
function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes[match[1].toLowerCase()] = decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function decodeHtmlEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(point);
    }
    return named[code.toLowerCase()] ?? entity;
  });
}
