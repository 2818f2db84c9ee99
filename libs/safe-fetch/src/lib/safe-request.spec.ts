import { ServerResponse } from 'node:http';
import { closeLocalServers, startLocalServer } from '../testing/local-server';
import { NetworkBudget } from './network-budget';
import { PinnedResolver } from './pinned-resolver';
import { SafeFetchError } from './safe-fetch-error';
import { safeRequest, SafeRequestOptions } from './safe-request';

afterEach(closeLocalServers);

const resolver = new PinnedResolver({ allowAddresses: ['127.0.0.1'] });

/** GETs `path` from the local server on `port` and wants the body, unless `options` say otherwise. */
async function get(port: number, path: string, options: Partial<SafeRequestOptions> = {}) {
  const budget = options.budget ?? new NetworkBudget(5_000);
  const target = await resolver.pin(new URL(`http://127.0.0.1:${port}${path}`), budget);
  return safeRequest(target, {
    method: 'GET',
    headers: { 'user-agent': 'Socialkompas-test' },
    connectTimeoutMs: 1_000,
    budget,
    wantBody: () => true,
    maxBodyBytes: 1_024,
    ...options,
  });
}

/** Writes 16 KiB chunks for as long as anyone reads them; returns how many bytes went out. */
function sendForever(response: ServerResponse): () => number {
  let sent = 0;
  const chunk = Buffer.alloc(16_384, 'x');
  const writeMore = () => {
    let more = true;
    while (more && !response.destroyed) {
      more = response.write(chunk);
      sent += chunk.length;
    }
  };
  response.on('drain', writeMore);
  writeMore();
  return () => sent;
}

describe('safeRequest', () => {
  it('stops reading at its byte limit, however much the server sends', async () => {
    let bytesSent = () => 0;
    const server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      bytesSent = sendForever(response);
    });
    const started = Date.now();
    const response = await get(server.port, '/endless', { maxBodyBytes: 65_536 });
    expect(response.statusCode).toBe(200);
    expect(response.body?.length).toBe(65_536);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(bytesSent()).toBeLessThan(50_000_000);
  });

  it('stops reading as soon as readUntil has seen enough', async () => {
    const server = await startLocalServer((_request, response) => {
      response.writeHead(200);
      response.write('{"issuer":"x"}'); // and then nothing, the response never ends
    });
    const response = await get(server.port, '/', { readUntil: (chunk) => chunk.includes('}') });
    expect(response.body?.toString()).toBe('{"issuer":"x"}');
  });

  it('closes the connection on a body it does not want, having shown it the status and headers', async () => {
    const server = await startLocalServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      sendForever(response);
    });
    const shown: number[] = [];
    const response = await get(server.port, '/', {
      wantBody: ({ statusCode }) => {
        shown.push(statusCode);
        return statusCode === 200;
      },
    });
    expect(response).toMatchObject({ statusCode: 500, body: null });
    expect(shown).toEqual([500]);
  });

  it('follows no redirect: the redirect is the answer, for the caller to decide about', async () => {
    const server = await startLocalServer((_request, response) => {
      response.writeHead(302, { location: '/elsewhere' }).end();
    });
    const response = await get(server.port, '/start');
    expect(response).toMatchObject({ statusCode: 302, headers: { location: '/elsewhere' } });
    expect(server.heard).toEqual([`GET /start 127.0.0.1:${server.port}`]);
  });

  it('sends a POST body with its length, as a token request needs', async () => {
    const received: string[] = [];
    const server = await startLocalServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(`${request.headers['content-length']} ${body}`);
        response.end('{}');
      });
    });
    const response = await get(server.port, '/token', { method: 'POST', body: 'code=æø' });
    expect(response.statusCode).toBe(200);
    expect(received).toEqual(['9 code=æø']);
  });

  it('is cut off when the budget runs out', async () => {
    const server = await startLocalServer(() => undefined);
    await expect(get(server.port, '/', { budget: new NetworkBudget(200) })).rejects.toMatchObject({
      kind: 'broken',
      reason: 'timeout after 0.2 s',
    });
  });

  it('fails with a SafeFetchError that names the network error and keeps its code', async () => {
    const server = await startLocalServer(() => undefined);
    await closeLocalServers();
    const failure = await get(server.port, '/').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SafeFetchError);
    expect(failure).toMatchObject({ kind: 'broken', reason: 'connection refused', code: 'ECONNREFUSED' });
  });
});
