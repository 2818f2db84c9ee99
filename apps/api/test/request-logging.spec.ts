import { ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import {
  freePort,
  nodeArgsFor,
  startTestApp,
  TestApp,
  testDatabaseUrl,
  uniqueSlug,
} from '@socialkompas/testing';

const ROOT = join(__dirname, '../../..');

/** The production entry point, as a real process, logging JSON to stdout. */
describe('request logs', () => {
  let provisioner: TestApp;
  let api: ChildProcess;
  let port: number;
  let output = '';
  const slug = uniqueSlug('logs');

  beforeAll(async () => {
    provisioner = await startTestApp();
    await provisioner.provision({ slug, name: 'Log Kommune' });
    port = await freePort();
    api = spawn(process.execPath, nodeArgsFor('apps/api/src/main.ts'), {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: testDatabaseUrl(),
        SESSION_SECRET: 'a-session-secret-of-at-least-32-chars',
        PORT: String(port),
        LOG_LEVEL: 'info',
        WEB_DIST_DIR: '/nonexistent',
      },
    });
    api.stdout?.on('data', (chunk) => (output += chunk));
    for (let attempt = 0; attempt < 120; attempt++) {
      if (
        await fetch(`http://127.0.0.1:${port}/health`).then(
          (response) => response.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`API did not start:\n${output}`);
  });

  afterAll(async () => {
    api?.kill('SIGTERM');
    if (api && api.exitCode === null) await once(api, 'exit');
    await provisioner?.close();
  });

  it('writes one JSON line per request with its request id and tenant slug', async () => {
    // node:http, because fetch does not let a caller choose the Host header.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      get(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/tenant',
          headers: { Host: `${slug}.localhost`, 'x-request-id': 'log-test-1' },
        },
        (response) => resolve(response.resume().statusCode),
      ).on('error', reject),
    );
    expect(status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const entries = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    const entry = entries.find((candidate) => candidate.req?.id === 'log-test-1');
    expect(entry).toMatchObject({ tenant: slug, res: { statusCode: 200 }, req: { url: '/api/v1/tenant' } });
  });
});
