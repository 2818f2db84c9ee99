import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { setTimeout as delay } from 'node:timers/promises';
import { startRedisServer } from '@socialkompas/testing';
import { eventually } from './support/eventually';
import { FaultStack } from './support/fault-stack';

const SCHEDULED_QUEUES = ['link-check', 'freshness', 'mail'];

describe('outages of PostgreSQL and Redis, against the production API', () => {
  let stack: FaultStack;
  let first: string;
  let second: string;

  const search = (api: string) => stack.fetch(api, '/api/v1/offers?q=gruppe&page=1');

  /** Every scheduler key in this stack's Redis, sorted: `<queue> <scheduler key>`. */
  const schedulers = async (): Promise<string[]> => {
    const keys: string[] = [];
    for (const name of SCHEDULED_QUEUES) {
      const queue = new Queue(name, { connection: { url: stack.redis.url, maxRetriesPerRequest: 1 } });
      try {
        for (const scheduler of await queue.getJobSchedulers(0, -1)) keys.push(`${name} ${scheduler.key}`);
      } finally {
        await queue.close();
      }
    }
    return keys.sort();
  };

  beforeAll(async () => {
    stack = await FaultStack.start({ tenant: 'faultby', offers: 60 });
    [first, second] = await Promise.all([stack.startApi(), stack.startApi()]);
  });

  afterAll(() => stack?.stop());

  it('serves search on both instances while Redis is down, and has every schedule back after Redis restarts empty', async () => {
    const before = await eventually('the tenant’s schedules', schedulers, (keys) => keys.length >= 3, 15_000);
    expect(before.every((key) => key.endsWith('-faultby'))).toBe(true);
    const marker = new IORedis(stack.redis.url);
    await marker.set('faults:marker', 'the old Redis');
    marker.disconnect();
    await stack.redis.kill();

    for (let round = 0; round < 5; round++) {
      for (const api of [first, second]) {
        const answer = await search(api);
        expect(answer.status).toBe(200);
        expect(((await answer.json()) as { total: number }).total).toBeGreaterThan(0);
        expect((await stack.fetch(api, '/health/ready')).status).toBe(200);
      }
      await delay(300);
    }
    const health: unknown = await (await stack.fetch(first, '/health')).json();
    expect(health).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down' } });

    stack.redis = await startRedisServer(stack.redis.port);
    const fresh = new IORedis(stack.redis.url);
    expect(await fresh.get('faults:marker')).toBeNull();
    fresh.disconnect();
    const after = await eventually(
      'schedules back in the empty Redis',
      schedulers,
      (keys) => keys.length === before.length,
      20_000,
    );
    expect(after).toEqual(before);
    // The worker may put the schedules back before this instance's Redis client has reconnected.
    await eventually(
      'the API reports Redis up again',
      async () => ((await (await stack.fetch(first, '/health')).json()) as { status: string }).status,
      (status) => status === 'ok',
      20_000,
    );
  });

  it('starts an API instance while Redis is down: it listens, is ready and serves search', async () => {
    await stack.redis.kill();
    try {
      const third = await stack.startApi();
      expect((await stack.fetch(third, '/health/ready')).status).toBe(200);
      expect((await search(third)).status).toBe(200);
    } finally {
      stack.redis = await startRedisServer(stack.redis.port);
    }
  });

  it('answers 503 with Retry-After while PostgreSQL is down, and 2xx within 2 s after it is back', async () => {
    await stack.postgres.stop();
    const down = await stack.fetch(first, '/hsds/services');
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(await down.json()).toMatchObject({ status: 503, title: 'Tjenesten er midlertidigt utilgængelig' });
    expect((await stack.fetch(first, '/health/ready')).status).toBe(503);
    expect((await stack.fetch(first, '/health/live')).status).toBe(200);

    await stack.postgres.startAgain();
    const back = Date.now();
    await eventually(
      'a 2xx from both instances',
      async () => {
        const statuses = await Promise.all(
          [first, second].map(async (api) => (await stack.fetch(api, '/hsds/services')).status),
        );
        return statuses;
      },
      (statuses) => statuses.every((status) => status === 200),
      10_000,
    );
    expect(Date.now() - back).toBeLessThanOrEqual(2000);
  });

  it('loses no acknowledged write when PostgreSQL is killed under load, and answers 503 (never 500) meanwhile', async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    let stopping = false;
    const suggestOne = async (api: string) => {
      const name = `Forslag ${++sent} under nedbrud`;
      const answer = await stack
        .fetch(api, '/api/v1/offer-suggestions', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Forwarded-For': `10.1.${sent >> 8}.${sent & 255}`,
          },
          body: JSON.stringify({
            name,
            description: 'Et forslag sendt, mens databasen går ned og kommer op igen.',
            organizationName: 'Fejltestforeningen',
            contactName: 'Mette Jensen',
            email: 'mette@example.dk',
          }),
        })
        .catch(() => null);
      if (!answer) return;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 202) acknowledged.push(name);
    };
    const writers = [first, second, first, second].map(async (api) => {
      while (!stopping) await suggestOne(api);
    });

    await delay(1500);
    await stack.postgres.kill();
    await delay(1500);
    await stack.postgres.startAgain();
    await delay(2500);
    stopping = true;
    await Promise.all(writers);

    // Any 500 shows with what the API logged for it, which names the error it did not recognise.
    const loggedErrors = stack.apis
      .flatMap((api) => api.text().split('\n'))
      .filter((line) => line.includes('"level":50'))
      .map((line) => line.slice(Math.max(0, line.indexOf('"err"'))).slice(0, 400));
    expect({ serverErrors: statuses.get(500) ?? 0, loggedErrors }).toEqual({
      serverErrors: 0,
      loggedErrors: [],
    });
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(20);
    const stored = await stack.query<{ name: string }>(
      `SELECT name FROM t_faultby.offer_suggestions WHERE organization_name = 'Fejltestforeningen'`,
    );
    const storedNames = new Set(stored.map((row) => row.name));
    expect(acknowledged.filter((name) => !storedNames.has(name))).toEqual([]);
  });
});
