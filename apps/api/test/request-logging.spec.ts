import { ChildProcess, spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import { CSRF_HEADER } from '@socialkompas/auth';
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

  /** node:http, because fetch does not let a caller choose the Host header. */
  const getAsTenant = (path: string, headers: Record<string, string>) =>
    new Promise<number | undefined>((resolve, reject) =>
      httpGet(
        { host: '127.0.0.1', port, path, headers: { Host: `${slug}.localhost`, ...headers } },
        (response) => resolve(response.resume().statusCode),
      ).on('error', reject),
    );

  /** The log entry of the request with this id, once pino has written it. */
  const logEntryOf = async (requestId: string) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((candidate) => candidate.req?.id === requestId);
  };

  it('writes one JSON line per request with its request id and tenant slug', async () => {
    expect(await getAsTenant('/api/v1/tenant', { 'x-request-id': 'log-test-1' })).toBe(200);
    expect(await logEntryOf('log-test-1')).toMatchObject({
      tenant: slug,
      res: { statusCode: 200 },
      req: { url: '/api/v1/tenant' },
    });
  });

  it('writes no session cookie, bearer token or CSRF token into the log', async () => {
    await getAsTenant('/api/v1/tenant', {
      'x-request-id': 'log-test-secrets',
      cookie: 'socialkompas.sid=s%3Athe-session-id',
      authorization: 'Bearer the-bearer-token',
      [CSRF_HEADER]: 'the-csrf-token',
    });
    const entry = await logEntryOf('log-test-secrets');
    expect(entry.req.headers).toMatchObject({
      cookie: '[Redacted]',
      authorization: '[Redacted]',
      [CSRF_HEADER]: '[Redacted]',
    });
    expect(JSON.stringify(entry)).not.toMatch(/the-session-id|the-bearer-token|the-csrf-token/);
  });

  it('writes no login link token into the log', async () => {
    const token = 'A'.repeat(43);
    await getAsTenant(`/auth/email-login/${token}`, { 'x-request-id': 'log-test-login-link' });
    const entry = await logEntryOf('log-test-login-link');
    expect(entry.req.url).toBe('/auth/email-login/[Redacted]');
    expect(JSON.stringify(entry)).not.toContain(token);
  });
});
