import { Agent } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from 'pg';
import { FaultStack } from './support/fault-stack';
import { requestWithHost } from './support/host-request';

const DRAIN_SECONDS = 1;
const TIMEOUT_SECONDS = 10;

describe('SIGTERM to the production API', () => {
  let stack: FaultStack;
  let api: string;

  beforeAll(async () => {
    stack = await FaultStack.start({ tenant: 'lukby', offers: 20 });
    api = await stack.startApi({
      SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS),
      SHUTDOWN_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
    });
  });

  afterAll(() => stack?.stop());

  it('turns unready, lets the request in flight finish, closes kept-alive connections and exits within its grace period', async () => {
    const instance = stack.apis[0];
    // A kept-alive connection left idle, as a load balancer's or browser's would be.
    const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const idle = await requestWithHost(`${api}/health/live`, 'lukby.localhost', { agent: keptAlive });
    expect(idle.status).toBe(200);
    await delay(50);
    const idleSocketClosed = new Promise<void>((resolve) => {
      for (const sockets of Object.values(keptAlive.freeSockets))
        sockets?.[0]?.once('close', () => resolve());
    });

    // A write held in flight: the table it inserts into is locked until the test lets go.
    const locker = new Client({ connectionString: stack.postgres.urlFor('socialkompas') });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE t_lukby.offer_suggestions IN ACCESS EXCLUSIVE MODE');
    const inFlight = stack.fetch(api, '/api/v1/offer-suggestions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Forslag sendt lige før nedlukning',
        description: 'Et forslag, der er undervejs, mens API-processen lukker ned.',
        organizationName: 'Nedlukningsforeningen',
        contactName: 'Mette Jensen',
        email: 'mette@example.dk',
      }),
    });
    await delay(300);

    instance.signal('SIGTERM');
    await delay(200);
    // Still listening while it drains, but no longer asking for traffic.
    expect((await stack.fetch(api, '/health/ready')).status).toBe(503);
    expect((await stack.fetch(api, '/health/live')).status).toBe(200);

    await delay(DRAIN_SECONDS * 1000 + 500);
    expect(instance.running).toBe(true);
    await locker.query('COMMIT');
    await locker.end();

    expect((await inFlight).status).toBe(202);
    const { code, signal, afterMs } = await instance.exited(TIMEOUT_SECONDS * 1000);
    // Nest closes everything, then raises the signal again: a clean end by SIGTERM, not the deadline's exit 1.
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
    expect(instance.text()).not.toContain('not closed within');
    expect(afterMs).toBeLessThan(TIMEOUT_SECONDS * 1000);
    await idleSocketClosed;
    const stored = await stack.query<{ name: string }>(
      `SELECT name FROM t_lukby.offer_suggestions WHERE organization_name = 'Nedlukningsforeningen'`,
    );
    expect(stored).toHaveLength(1);
  });
});
