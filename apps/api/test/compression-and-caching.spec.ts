import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';

/** A built web client as Vite lays it out: a page, a service worker, and content-hashed files. */
function writeBuiltClient(dir: string): { script: string } {
  const script = `console.log(${JSON.stringify('Socialkompas '.repeat(400))});\n`;
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<html><head><title>Socialkompas</title></head><body></body></html>',
  );
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  writeFileSync(join(dir, 'assets', 'index-BXy3kz9a.js'), script);
  return { script };
}

describe('answers over the wire', () => {
  let testApp: TestApp;
  let distDir: string;
  let script: string;
  let host: string;
  let server: Server;
  const http = () => request(server);

  /** The answer's headers and its bytes as sent: node:http, unlike supertest, leaves them compressed. */
  const fetchRaw = (path: string, acceptEncoding: string) =>
    new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      get(
        { host: '127.0.0.1', port, path, headers: { Host: host, 'Accept-Encoding': acceptEncoding } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, bytes: Buffer.concat(chunks) }));
        },
      ).on('error', reject);
    });

  beforeAll(async () => {
    distDir = mkdtempSync(join(tmpdir(), 'socialkompas-dist-'));
    ({ script } = writeBuiltClient(distDir));
    testApp = await startTestApp({ env: { WEB_DIST_DIR: distDir } });
    const slug = uniqueSlug('wire');
    await testApp.provision({ slug, name: 'Komprimeret Kommune' });
    host = `${slug}.localhost`;
    server = testApp.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  describe('are compressed', () => {
    it('with gzip for an API answer when the client takes gzip', async () => {
      const { headers, bytes } = await fetchRaw('/api/v1/taxonomy', 'gzip');
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers['vary']).toMatch(/Accept-Encoding/i);
      const taxonomy = JSON.parse(gunzipSync(bytes).toString('utf8'));
      expect(taxonomy.items.map((vocabulary: { code: string }) => vocabulary.code)).toContain('challenge');
    });

    it('with brotli when the client asks for it, for an API answer and a built file', async () => {
      const api = await fetchRaw('/api/v1/taxonomy', 'gzip, deflate, br');
      expect(api.headers['content-encoding']).toBe('br');
      expect(JSON.parse(brotliDecompressSync(api.bytes).toString('utf8')).items).toBeDefined();

      const file = await fetchRaw('/assets/index-BXy3kz9a.js', 'br');
      expect(file.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(file.bytes).toString('utf8')).toBe(script);
      expect(file.bytes.length).toBeLessThan(script.length / 10);
    });

    it('not at all for a client that takes none', async () => {
      const { headers, bytes } = await fetchRaw('/assets/index-BXy3kz9a.js', 'identity');
      expect(headers['content-encoding']).toBeUndefined();
      expect(bytes.toString('utf8')).toBe(script);
    });
  });

  describe('are cached by what they are', () => {
    it('keeps a content-hashed build file for a year, as it never changes under its name', async () => {
      const response = await http().get('/assets/index-BXy3kz9a.js').set('Host', host).expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('has the page and the service worker asked for afresh', async () => {
      const page = await http().get('/tilbud').set('Host', host).set('Accept', 'text/html').expect(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      const worker = await http().get('/sw.js').set('Host', host).expect(200);
      expect(worker.headers['cache-control']).toBe('no-cache');
    });
  });
});
