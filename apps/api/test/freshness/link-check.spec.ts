import { DataSource } from 'typeorm';
import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import request from 'supertest';
import { DemoSeeder, nationalDemoCatalogue } from '@socialkompas/demo';
import { LinkCheckService, SearchIndex } from '@socialkompas/catalogue';
import { startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { TenantJobs } from '@socialkompas/jobs';
import { resolveWithSystem } from '@socialkompas/safe-fetch';

/**
 * The nightly link check of a tenant's offers against real HTTP servers on 127.0.0.1, reached
 * through the link checker's loopback allow-list, which exists in test configuration only.
 */
describe('link check and the link report', () => {
  let testApp: TestApp;
  let jobs: TenantJobs;
  let site: Server;
  let base: string;
  /** 'HEAD /path' for each request the site got, in arrival order. */
  const heard: string[] = [];
  /** Sees each request as it arrives, e.g. to stop a run while its first batch is in flight. */
  let onRequest: ((url: string) => void) | null = null;
  /** Every name the link checker asked DNS about; the system resolver then answers as in production. */
  const dnsQueries: string[] = [];
  const recordingResolver = (hostname: string) => {
    dnsQueries.push(hostname);
    return resolveWithSystem(hostname);
  };

  beforeAll(async () => {
    site = createServer((incoming, response) => {
      heard.push(`${incoming.method} ${incoming.url}`);
      onRequest?.(incoming.url ?? '');
      if (incoming.url?.startsWith('/missing/')) return response.writeHead(404).end();
      if (incoming.url?.startsWith('/plain/'))
        return response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      if (incoming.url === '/gone') return response.writeHead(404).end();
      if (incoming.url === '/moved') return response.writeHead(301, { location: '/new-home' }).end();
      if (incoming.url === '/protected') return response.writeHead(403).end();
      response.writeHead(200, { 'content-type': 'text/html' }).end('<title>Foreningen</title>');
    }).listen(0, '127.0.0.1');
    await once(site, 'listening');
    base = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
    testApp = await startTestApp({
      grantAllRoles: true,
      catalogue: {
        linkChecker: {
          userAgent: 'Socialkompas-test',
          allowAddresses: ['127.0.0.1'],
          totalTimeoutMs: 2000,
          resolve: recordingResolver,
        },
        linkCheckRetryDelaysMs: [5, 5],
        linkCheckBatchSize: 4,
      },
    });
    jobs = testApp.app.get(TenantJobs);
  });

  afterAll(async () => {
    await testApp.close();
    site.close();
  });

  const sql = (query: string, parameters: unknown[] = []) =>
    testApp.app.get(DataSource).query(query, parameters);

  /** A tenant with `offerCount` published offers without any links yet; their ids in order. */
  async function tenantWithOffers(prefix: string, offerCount: number) {
    const { tenant } = await testApp.provision({ slug: uniqueSlug(prefix), name: `${prefix} Kommune` });
    await new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex)).seed(tenant, {
      offerCount,
      seed: 5,
    });
    const schema = `"t_${tenant.slug}"`;
    await sql(
      `UPDATE ${schema}.offers SET status = 'published', url = NULL, description = 'Ingen links her.'`,
    );
    await sql(`UPDATE ${schema}.organizations SET status = 'published', website = NULL`);
    const ids: { id: string }[] = await sql(`SELECT id FROM ${schema}.offers ORDER BY id`);
    return { tenant, host: `${tenant.slug}.localhost`, schema, ids: ids.map(({ id }) => id) };
  }

  async function tenantWithLinks(prefix: string): Promise<{ tenant: Tenant; host: string; schema: string }> {
    const { ids, ...mine } = await tenantWithOffers(prefix, 4);
    const { schema } = mine;
    const links = ['/ok', '/gone', '/moved', '/protected'];
    for (const [index, id] of ids.entries()) {
      await sql(`UPDATE ${schema}.offers SET url = $2 WHERE id = $1`, [id, `${base}${links[index]}`]);
    }
    await sql(`UPDATE ${schema}.offers SET description = $2 WHERE id = $1`, [
      ids[0],
      `Læs mere på ${base}/ok/more, eller ring.`,
    ]);
    return mine;
  }

  const report = (host: string, query = '') =>
    request(testApp.app.getHttpServer())
      .get(`/api/v1/admin/link-report${query}`)
      .set('Host', host)
      .expect(200);

  it('calls a dead link broken only after failures over two runs, with reason and since when', async () => {
    const mine = await tenantWithLinks('links');
    expect(await jobs.run('link-check', mine.tenant.slug, 'night-1')).toMatchObject({
      links: 5,
      broken: 0,
      failing: 1,
    });
    const first = (await report(mine.host, '?result=failing')).body;
    expect(first.items).toEqual([
      expect.objectContaining({ url: `${base}/gone`, result: 'failing', reason: 'HTTP 404', failures: 3 }),
    ]);

    expect(await jobs.run('link-check', mine.tenant.slug, 'night-2')).toMatchObject({ broken: 1 });
    const second = (await report(mine.host)).body;
    expect(second.items[0]).toMatchObject({
      url: `${base}/gone`,
      result: 'broken',
      statusCode: 404,
      failingSince: expect.any(String),
    });
    expect(second.items).toContainEqual(
      expect.objectContaining({
        url: `${base}/moved`,
        result: 'redirected',
        suggestedUrl: `${base}/new-home`,
      }),
    );
    // Bot protection is no verdict on the site.
    expect(second.items).toContainEqual(
      expect.objectContaining({ url: `${base}/protected`, result: 'unchecked' }),
    );
    expect(second.items.map((item: { url: string }) => item.url)).not.toContain(`${base}/ok`);
    expect(second.counts).toContainEqual({ result: 'ok', count: 2 });
  });

  it('forgets a link that has been fixed', async () => {
    const mine = await tenantWithLinks('fixed');
    await jobs.run('link-check', mine.tenant.slug, 'night-1');
    await sql(`UPDATE ${mine.schema}.offers SET url = $1 WHERE url = $2`, [
      `${base}/ok/again`,
      `${base}/gone`,
    ]);
    await jobs.run('link-check', mine.tenant.slug, 'night-2');
    const items = (await report(mine.host)).body.items.map((item: { url: string }) => item.url);
    expect(items).not.toContain(`${base}/gone`);
  });

  it('checks and reports one tenant’s links only', async () => {
    const mine = await tenantWithLinks('minelinks');
    const theirs = await tenantWithLinks('deres');
    await jobs.run('link-check', mine.tenant.slug, 'night-1');
    const [{ count }] = await sql(`SELECT count(*)::int AS count FROM ${theirs.schema}.link_checks`);
    expect(count).toBe(0);
    expect((await report(theirs.host)).body.total).toBe(0);
    expect((await report(mine.host)).body.total).toBeGreaterThan(0);
  });

  it('fetches a URL that three offers name once, and gives each of them the result', async () => {
    const mine = await tenantWithOffers('samme', 4);
    const shared = `${base}/plain/${mine.tenant.slug}`;
    for (const id of mine.ids.slice(0, 3))
      await sql(`UPDATE ${mine.schema}.offers SET url = $2 WHERE id = $1`, [id, shared]);
    await sql(`UPDATE ${mine.schema}.offers SET url = $2 WHERE id = $1`, [mine.ids[3], `${shared}/eget`]);

    const summary = await jobs.run('link-check', mine.tenant.slug, 'night-1');
    expect(summary).toMatchObject({ links: 4, urls: 2, ok: 4 });
    expect(heard.filter((line) => line.includes(mine.tenant.slug)).sort()).toEqual([
      `HEAD /plain/${mine.tenant.slug}`,
      `HEAD /plain/${mine.tenant.slug}/eget`,
    ]);
    const checked: { offer_id: string; result: string; status_code: number }[] = await sql(
      `SELECT offer_id, result, status_code FROM ${mine.schema}.link_checks WHERE url = $1`,
      [shared],
    );
    expect(checked.map(({ offer_id }) => offer_id).sort()).toEqual(mine.ids.slice(0, 3).sort());
    expect(checked.every(({ result, status_code }) => result === 'ok' && status_code === 200)).toBe(true);
  });

  it('checks the demo catalogues without a single DNS query: their hosts are under .example', async () => {
    const seeder = new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex));
    const municipality = await testApp.provision({ slug: uniqueSlug('demolinks'), name: 'Demo Kommune' });
    await seeder.seed(municipality.tenant, { offerCount: 120, seed: 42 });
    const nation = await testApp.provision({ slug: uniqueSlug('demoland'), name: 'Demo Land' });
    await seeder.seedCatalogue(nation.tenant, nationalDemoCatalogue(), { seed: 42 });
    dnsQueries.length = 0;

    for (const { tenant } of [municipality, nation]) {
      const summary = await jobs.run('link-check', tenant.slug, 'demo-night-1');
      expect(summary).toMatchObject({ failing: expect.any(Number) });
      expect((summary as { links: number }).links).toBeGreaterThan(0);
      const { items, counts } = (await report(`${tenant.slug}.localhost`, '?size=100')).body;
      expect(counts).toEqual([{ result: 'failing', count: (summary as { links: number }).links }]);
      for (const item of items)
        expect(item).toMatchObject({
          result: 'failing',
          reason: 'reserveret domæne (.example), findes ikke på nettet',
          failures: 1,
        });
    }
    expect(dnsQueries).toEqual([]);
  });

  describe('a run stopped midway', () => {
    /** Ten URLs, the first two dead, named by twelve offers (two URLs by two offers, one also in a description). */
    async function tenantWithTenUrls(prefix: string) {
      const mine = await tenantWithOffers(prefix, 12);
      const urls = Array.from(
        { length: 10 },
        (_, index) => `${base}/${index < 2 ? 'missing' : 'plain'}/${mine.tenant.slug}/${index}`,
      );
      for (const [index, id] of mine.ids.entries())
        await sql(`UPDATE ${mine.schema}.offers SET url = $2 WHERE id = $1`, [id, urls[index % urls.length]]);
      await sql(`UPDATE ${mine.schema}.offers SET description = $2 WHERE id = $1`, [
        mine.ids[0],
        `Se også ${urls[5]}.`,
      ]);
      return { ...mine, urls };
    }

    const requestsOf = (slug: string) => heard.filter((line) => line.includes(`/${slug}/`));
    const pathOf = (line: string) => line.split(' ')[1];

    /** Every link's standing, comparable between tenants: their URLs without the tenant's slug. */
    const standing = (schema: string, slug: string) =>
      sql(
        `SELECT replace(url, $1, '') AS url, source, result, status_code, reason, failures, failed_runs
         FROM ${schema}.link_checks ORDER BY 1, 2`,
        [slug],
      );

    it('goes on with the URLs it had not checked, and ends as an uninterrupted run does', async () => {
      const linkChecks = testApp.app.get(LinkCheckService);
      const whole = await tenantWithTenUrls('heltigennem');
      const cut = await tenantWithTenUrls('afbrudt');
      const uninterrupted = await linkChecks.run(whole.tenant, 'night-1');
      expect(uninterrupted).toEqual({ links: 13, urls: 10, ok: 9, failing: 4, broken: 0, other: 0 });

      // SIGTERM as the first batch's first request arrives: the batch's checks in flight finish and are kept.
      const stop = new AbortController();
      onRequest = (url) => url.includes(`/${cut.tenant.slug}/`) && stop.abort(new Error('SIGTERM'));
      await expect(linkChecks.run(cut.tenant, 'night-1', { signal: stop.signal })).rejects.toThrow('SIGTERM');
      onRequest = null;
      const kept: { url: string }[] = await sql(
        `SELECT url FROM ${cut.schema}.link_check_progress WHERE run_id = 'night-1'`,
      );
      expect(kept.length).toBeGreaterThanOrEqual(2);
      expect(kept.length).toBeLessThanOrEqual(4); // one batch
      const keptPaths = kept.map(({ url }) => new URL(url).pathname);

      const beforeResume = requestsOf(cut.tenant.slug).length;
      expect(await linkChecks.run(cut.tenant, 'night-1')).toEqual(uninterrupted);
      const resumedPaths = new Set(requestsOf(cut.tenant.slug).slice(beforeResume).map(pathOf));
      const notKept = cut.urls
        .map((url) => new URL(url).pathname)
        .filter((path) => !keptPaths.includes(path));
      expect([...resumedPaths].sort()).toEqual(notKept.sort());
      // Every live URL was asked once over both runs.
      const liveAsked = requestsOf(cut.tenant.slug).filter((line) => line.includes('/plain/'));
      expect(liveAsked).toHaveLength(8);
      expect(await standing(cut.schema, cut.tenant.slug)).toEqual(
        await standing(whole.schema, whole.tenant.slug),
      );

      // The queue runs the job again after it ended (a stalled worker): nothing is fetched or counted twice.
      const afterResume = requestsOf(cut.tenant.slug).length;
      expect(await linkChecks.run(cut.tenant, 'night-1')).toEqual(uninterrupted);
      expect(requestsOf(cut.tenant.slug)).toHaveLength(afterResume);
      expect(await standing(cut.schema, cut.tenant.slug)).toEqual(
        await standing(whole.schema, whole.tenant.slug),
      );
    });
  });
});
