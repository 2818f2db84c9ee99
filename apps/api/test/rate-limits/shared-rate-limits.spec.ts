import { randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  freePort,
  HONEYPOT_SUGGESTION,
  OwnRedisServer,
  redisAnswers,
  startRedisServer,
  startTestApp,
  SUGGESTIONS_PER_HOUR,
  TestApp,
  testRedisUrl,
  uniqueSlug,
} from '@socialkompas/testing';

const REDIS_URL = testRedisUrl();
const LOGIN_STARTS_PER_MINUTE = 30;

const uniquePrefix = () => `sk-test-limits-${randomBytes(4).toString('hex')}:`;

/** An API instance on the run's database whose limits live in Redis under `prefix`. */
const startInstance = (redisUrl: string, prefix: string) =>
  startTestApp({ env: { REDIS_URL: redisUrl }, rateLimitPrefix: prefix });

function suggest(app: TestApp, host: string) {
  return request(app.app.getHttpServer())
    .post('/api/v1/offer-suggestions')
    .set('Host', host)
    .send(HONEYPOT_SUGGESTION);
}

/** Rate limits kept in Redis: one count for every API instance, kept over a restart. */
describe('rate limits shared through Redis', () => {
  let available = false;
  let host: string;
  const prefix = uniquePrefix();
  const open: TestApp[] = [];

  beforeAll(async () => {
    available = await redisAnswers(REDIS_URL);
    if (!available) {
      if (process.env.CI) throw new Error(`No Redis at ${REDIS_URL}: CI must provide one.`);
      console.warn(`Skipping the shared rate limit tests: no Redis at ${REDIS_URL} (they run on CI).`);
      return;
    }
    open.push(await startInstance(REDIS_URL, prefix), await startInstance(REDIS_URL, prefix));
    const slug = uniqueSlug('limits');
    await open[0].provision({ slug, name: 'Grænsekommune' });
    host = `${slug}.localhost`;
  });

  afterAll(async () => {
    await Promise.all(open.map((app) => app.close()));
  });

  it('refuses the sixth suggestion of the hour whichever instance the five went to, and after a restart', async () => {
    if (!available) return;
    const [first, second] = open;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < SUGGESTIONS_PER_HOUR; attempt++) {
      statuses.push((await suggest(attempt % 2 === 0 ? first : second, host)).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    const refused = await suggest(second, host).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    expect(refused.body.detail).toMatch(/Prøv igen om \d+ minutter/);
    await suggest(first, host).expect(429);

    await first.close();
    open.splice(0, 1);
    const restarted = await startInstance(REDIS_URL, prefix);
    open.push(restarted);
    await suggest(restarted, host).expect(429);
  });

  it('counts login starts of both instances in one limit', async () => {
    if (!available) return;
    const [one, other] = open;
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= LOGIN_STARTS_PER_MINUTE; attempt++) {
      const app = attempt % 2 === 0 ? one : other;
      statuses.push((await request(app.app.getHttpServer()).get('/auth/login').set('Host', host)).status);
    }
    expect(statuses.slice(0, LOGIN_STARTS_PER_MINUTE)).not.toContain(429);
    expect(statuses[LOGIN_STARTS_PER_MINUTE]).toBe(429);
  });
});

/** Without Redis the limits neither fail the request nor hold it up: each process counts for itself. */
describe('rate limits while Redis is away', () => {
  let own: OwnRedisServer | undefined;
  const open: TestApp[] = [];

  afterAll(async () => {
    await Promise.all(open.map((app) => app.close()));
    await own?.stop();
  });

  async function provisionedHost(app: TestApp): Promise<string> {
    const slug = uniqueSlug('limits');
    await app.provision({ slug, name: 'Grænsekommune' });
    return `${slug}.localhost`;
  }

  it('lets requests through at once when nothing listens at REDIS_URL, and still limits per process', async () => {
    const app = await startInstance(`redis://127.0.0.1:${await freePort()}`, uniquePrefix());
    open.push(app);
    const host = await provisionedHost(app);
    for (let attempt = 0; attempt < SUGGESTIONS_PER_HOUR; attempt++) {
      const started = Date.now();
      await suggest(app, host).expect(202);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    await suggest(app, host).expect(429);
  });

  it('answers within the command time-out when Redis hangs', async () => {
    own = await startRedisServer();
    const app = await startInstance(own.url, uniquePrefix());
    open.push(app);
    const host = await provisionedHost(app);
    await suggest(app, host).expect(202);
    own.pause();
    const started = Date.now();
    await suggest(app, host).expect(202);
    expect(Date.now() - started).toBeLessThan(1500);
    own.resume();
  });
});
