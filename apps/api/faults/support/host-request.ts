import { Agent, request } from 'node:http';

export interface HostRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The connection pool to use; Node's global one (keep-alive) unless given. */
  agent?: Agent;
}

export interface HostResponse {
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/**
 * An HTTP request with a Host header of our choosing (fetch may not set one): the API tells
 * tenants apart by host, and `<slug>.localhost` need not resolve on the test machine.
 */
export function requestWithHost(
  url: string,
  host: string,
  init: HostRequestInit = {},
): Promise<HostResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: init.method ?? 'GET',
        headers: { ...init.headers, Host: host },
        timeout: 10_000,
        agent: init.agent,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: incoming.statusCode ?? 0,
            headers: { get: (name) => (incoming.headers[name.toLowerCase()] as string | undefined) ?? null },
            json: async () => JSON.parse(body) as unknown,
          });
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer from ${url} within 10 s`)));
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}
