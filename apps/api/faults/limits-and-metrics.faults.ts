import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { HONEYPOT_SUGGESTION, SUGGESTIONS_PER_HOUR } from '@socialkompas/testing';
import { FaultStack } from './support/fault-stack';
import { ProductionProcess } from './support/production-process';

const TENANT = 'graenseby';
const METRICS_TOKEN = randomBytes(24).toString('hex');

describe('shared rate limits and metrics, against two production API instances and a worker', () => {
  let stack: FaultStack;
  let apis: string[];

  const suggest = (api: string) =>
    stack.fetch(api, '/api/v1/offer-suggestions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(HONEYPOT_SUGGESTION),
    });

  const scrape = async (api: string): Promise<string> => {
    const answer = await fetch(`${api}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    if (!answer.ok) throw new Error(`/metrics answered ${answer.status}`);
    return answer.text();
  };

  beforeAll(async () => {
    stack = await FaultStack.start({ tenant: TENANT, offers: 5 });
    apis = await Promise.all([stack.startApi({ METRICS_TOKEN }), stack.startApi({ METRICS_TOKEN })]);
  });

  afterAll(() => stack?.stop());

  it("shows the tenant's last successful link check on every instance once a worker has run one", async () => {
    expect(await scrape(apis[0])).not.toContain(
      `socialkompas_job_last_success_timestamp_seconds{tenant="${TENANT}",job="link-check"}`,
    );
    const worker = new ProductionProcess('worker.js', [], stack.environment());
    const queue = new Queue('link-check', { connection: { url: stack.redis.url, maxRetriesPerRequest: 1 } });
    try {
      await queue.add('link-check', { tenant: TENANT });
      const line = new RegExp(
        `^socialkompas_job_last_success_timestamp_seconds\\{tenant="${TENANT}",job="link-check"\\} (\\d+(\\.\\d+)?)$`,
        'm',
      );
      let seen: RegExpExecArray | null = null;
      for (let attempt = 0; attempt < 300 && !seen; attempt++) {
        seen = line.exec(await scrape(apis[0]));
        if (!seen) await delay(200);
      }
      if (!seen) throw new Error(`no successful link check in /metrics:\n${worker.text().slice(-2000)}`);
      expect(Math.abs(Number(seen[1]) - Date.now() / 1000)).toBeLessThan(120);
      expect(await scrape(apis[1])).toMatch(line);
    } finally {
      await queue.close();
      await worker.stop();
    }
  });

  it('counts one limit across both instances, and lets requests through while Redis is down', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < SUGGESTIONS_PER_HOUR; attempt++) {
      statuses.push((await suggest(apis[attempt % 2])).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    expect((await suggest(apis[1])).status).toBe(429);
    expect((await suggest(apis[0])).status).toBe(429);

    await stack.redis.kill();
    // Each process now counts for itself, from nothing: neither refuses nor waits on Redis.
    for (const api of apis) {
      const started = Date.now();
      expect((await suggest(api)).status).toBe(202);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(await scrape(apis[0])).toMatch(/^socialkompas_redis_up 0$/m);
  });
});
