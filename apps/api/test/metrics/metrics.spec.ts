import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { JobRunner, JobRunsRepository, TenantJobs } from '@socialkompas/jobs';
import type { Tenant } from '@socialkompas/tenancy';
import { redisAnswers, startTestApp, TestApp, testRedisUrl, uniqueSlug } from '@socialkompas/testing';

const TOKEN = randomBytes(24).toString('hex');

interface Sample {
  labels: Record<string, string>;
  value: number;
}

/** The samples of one metric in Prometheus' text format (`name{a="b"} 1`). */
function samplesOf(text: string, name: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]),
    );
    samples.push({ labels, value: Number(match[3]) });
  }
  return samples;
}

const valueOf = (text: string, name: string, labels: Record<string, string>) =>
  samplesOf(text, name).find((sample) =>
    Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value;

describe('/metrics', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let host: string;
  const http = () => request(testApp.app.getHttpServer());
  const scrape = async () =>
    (await http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
    ({ tenant } = await testApp.provision({ slug: uniqueSlug('metrics'), name: 'Målekommune' }));
    host = `${tenant.slug}.localhost`;
  });

  afterAll(() => testApp.close());

  it('answers only the bearer of the token, on any host', async () => {
    const refused = await http().get('/metrics').expect(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    await http().get('/metrics').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    await http().get('/metrics').set('Authorization', TOKEN).expect(401);
    const answer = await http()
      .get('/metrics')
      .set('Host', host)
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(answer.text).toContain('process_resident_memory_bytes');
  });

  it('times requests by route template and status class, never by tenant or id', async () => {
    const offerId = randomUUID();
    await http().get('/api/v1/offers?q=ensomhed').set('Host', host).expect(200);
    await http().get('/api/v1/offers?q=ensomhed').set('Host', host).expect(200);
    await http().get(`/api/v1/offers/${offerId}`).set('Host', host).expect(404);
    await http().get(`/no/such/page/${offerId}`).set('Host', host).expect(404);
    const text = await scrape();
    const requests = samplesOf(text, 'http_request_duration_seconds_count');
    expect(
      valueOf(text, 'http_request_duration_seconds_count', {
        route: '/api/v1/offers',
        method: 'GET',
        status_class: '2xx',
      }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      valueOf(text, 'http_request_duration_seconds_count', {
        route: '/api/v1/offers/:id',
        status_class: '4xx',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(text, 'http_request_duration_seconds_count', { route: 'unmatched', status_class: '4xx' }),
    ).toBeGreaterThanOrEqual(1);
    const labelValues = requests.flatMap((sample) => Object.values(sample.labels));
    expect(
      labelValues.some(
        (value) => value.includes(tenant.slug) || value.includes(offerId) || value.includes('?'),
      ),
    ).toBe(false);
    expect(new Set(requests.map((sample) => Object.keys(sample.labels).sort().join()))).toEqual(
      new Set(['method,route,status_class']),
    );
  });

  it('measures search and how often its caches answer', async () => {
    await http().get('/api/v1/offers?q=sorg').set('Host', host).expect(200);
    await http().get('/api/v1/offers?q=sorg').set('Host', host).expect(200);
    await http().get('/api/v1/suggest?q=sor').set('Host', host).expect(200);
    const text = await scrape();
    expect(
      valueOf(text, 'socialkompas_search_duration_seconds_count', { operation: 'search', scope: 'tenant' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      valueOf(text, 'socialkompas_search_duration_seconds_count', { operation: 'suggest' }),
    ).toBeGreaterThanOrEqual(1);
    const lookups = (cache: string, outcome: string) =>
      valueOf(text, 'socialkompas_search_cache_lookups_total', { cache, outcome });
    // The second search's answer is remembered; its snapshot is the first's; the first's text was new.
    for (const [cache, outcome] of [
      ['answer', 'hit'],
      ['answer', 'miss'],
      ['snapshot', 'hit'],
      ['text', 'miss'],
    ]) {
      expect(lookups(cache, outcome)).toBeGreaterThanOrEqual(1);
    }
  });

  it("shows each tenant's last successful link check, kept when a later run fails, and its unsent mail", async () => {
    expect(
      valueOf(await scrape(), 'socialkompas_job_last_success_timestamp_seconds', { tenant: tenant.slug }),
    ).toBeUndefined();
    const before = Date.now() / 1000;
    await testApp.app.get(TenantJobs).run('link-check', tenant.slug, `link-check:${randomUUID()}`);
    const text = await scrape();
    const succeededAt = valueOf(text, 'socialkompas_job_last_success_timestamp_seconds', {
      tenant: tenant.slug,
      job: 'link-check',
    });
    expect(succeededAt).toBeGreaterThanOrEqual(Math.floor(before) - 1);
    expect(succeededAt).toBeLessThanOrEqual(Date.now() / 1000 + 1);
    expect(valueOf(text, 'socialkompas_outbox_messages', { tenant: tenant.slug, status: 'pending' })).toBe(0);
    expect(valueOf(text, 'socialkompas_outbox_messages', { tenant: tenant.slug, status: 'failed' })).toBe(0);

    await testApp.app.get(JobRunsRepository).recordFinish(tenant, 'link-check', 'failed', { error: 'test' });
    expect(
      valueOf(await scrape(), 'socialkompas_job_last_success_timestamp_seconds', {
        tenant: tenant.slug,
        job: 'link-check',
      }),
    ).toBe(succeededAt);
  });

  it('reads the database pool', async () => {
    const text = await scrape();
    expect(valueOf(text, 'socialkompas_database_pool_max_connections', {})).toBe(10);
    expect(valueOf(text, 'socialkompas_database_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(
      0,
    );
    expect(valueOf(text, 'socialkompas_database_pool_waiting', {})).toBe(0);
    expect(samplesOf(text, 'socialkompas_redis_up')).toEqual([]);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('does not exist', async () => {
    await request(testApp.app.getHttpServer()).get('/metrics').expect(404);
    await request(testApp.app.getHttpServer())
      .get('/metrics')
      .set('Authorization', 'Bearer anything')
      .expect(404);
  });
});

describe('/metrics of the queues on Redis', () => {
  const REDIS_URL = testRedisUrl();
  let available = false;
  let testApp: TestApp;

  beforeAll(async () => {
    available = await redisAnswers(REDIS_URL);
    if (!available) {
      if (process.env.CI) throw new Error(`No Redis at ${REDIS_URL}: CI must provide one.`);
      console.warn(`Skipping the queue metrics test: no Redis at ${REDIS_URL} (it runs on CI).`);
      return;
    }
    testApp = await startTestApp({
      env: { METRICS_TOKEN: TOKEN, REDIS_URL },
      jobsPrefix: `sk-test-metrics-${randomBytes(4).toString('hex')}`,
    });
  });

  afterAll(async () => {
    if (!available) return;
    const runner = testApp.app.get(JobRunner) as JobRunner & {
      queue(name: string): { obliterate(options: object): Promise<void> };
    };
    await runner.queue('link-check').obliterate({ force: true });
    await testApp.close();
  });

  it('counts what waits per queue, and since when the oldest has', async () => {
    if (!available) return;
    const { tenant } = await testApp.provision({ slug: uniqueSlug('metrics'), name: 'Køkommune' });
    await testApp.app.get(JobRunner).enqueue('link-check', tenant.slug);
    await testApp.app.get(JobRunner).enqueue('link-check', tenant.slug);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const text = (
      await request(testApp.app.getHttpServer())
        .get('/metrics')
        .set('Authorization', `Bearer ${TOKEN}`)
        .expect(200)
    ).text;
    expect(valueOf(text, 'socialkompas_redis_up', {})).toBe(1);
    expect(valueOf(text, 'socialkompas_queue_jobs', { queue: 'link-check', state: 'waiting' })).toBe(2);
    expect(valueOf(text, 'socialkompas_queue_jobs', { queue: 'mail', state: 'waiting' })).toBe(0);
    expect(
      valueOf(text, 'socialkompas_queue_oldest_waiting_seconds', { queue: 'link-check' }),
    ).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'socialkompas_queue_oldest_waiting_seconds', { queue: 'mail' })).toBe(0);
  });
});
