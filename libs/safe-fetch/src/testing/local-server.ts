import { createServer, RequestListener, Server } from 'node:http';
import { AddressInfo } from 'node:net';

const running: Server[] = [];

/** A real HTTP server on 127.0.0.1. `heard` lists what it was asked: 'GET /path host:port'. */
export async function startLocalServer(handle: RequestListener): Promise<{ port: number; heard: string[] }> {
  const heard: string[] = [];
  const server = createServer((request, response) => {
    heard.push(`${request.method} ${request.url} ${request.headers.host}`);
    handle(request, response);
  });
  running.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, heard };
}

/** For afterEach: ends every server the test started, open connections too. */
export async function closeLocalServers(): Promise<void> {
  const closing = running.splice(0).map((server) => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  await Promise.all(closing);
}
