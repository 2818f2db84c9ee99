import type { INestApplication } from '@nestjs/common';
import request, { type Response } from 'supertest';
import { describeErrors, HsdsValidators, type HsdsResponseSchema } from './hsds-profile-validation';

/** One list of the HSDS API, the schema of its items under each query, and the schema of its `{id}`. */
export interface HsdsList {
  path: string;
  variants: { query: string; item: HsdsResponseSchema }[];
  record: HsdsResponseSchema;
  recordQueries: string[];
}

export const HSDS_LISTS: HsdsList[] = [
  {
    path: 'services',
    variants: [
      { query: '', item: 'service_list.json' },
      { query: 'minimal=true', item: 'service_list.json' },
      { query: 'full=true', item: 'service.json' },
    ],
    record: 'service.json',
    recordQueries: [''],
  },
  {
    path: 'organizations',
    variants: [
      { query: '', item: 'organization_list.json' },
      { query: 'full=true', item: 'organization.json' },
      { query: 'full_service=true', item: 'organization.json' },
    ],
    record: 'organization.json',
    recordQueries: ['', 'full_service=true'],
  },
  {
    path: 'service_at_locations',
    variants: [
      { query: '', item: 'service_at_location_list.json' },
      { query: 'full=true', item: 'service_at_location.json' },
    ],
    record: 'service_at_location.json',
    recordQueries: [''],
  },
  {
    path: 'taxonomies',
    variants: [{ query: '', item: 'taxonomy.json' }],
    record: 'taxonomy.json',
    recordQueries: [''],
  },
  {
    path: 'taxonomy_terms',
    variants: [{ query: '', item: 'taxonomy_term.json' }],
    record: 'taxonomy_term.json',
    recordQueries: [''],
  },
];

/** What a crawl found: the ids of each list, and everything wrong, as one list a test shows whole. */
export interface HsdsCrawl {
  ids: Record<string, string[]>;
  problems: unknown[];
  requests: number;
}

const withQuery = (path: string, ...queries: string[]) => {
  const query = queries.filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
};

/**
 * Crawls a host's HSDS API as a consumer would: every list under every variant, page by page;
 * every record by its id; every list as ndjson. Each answer must be 200 with CORS `*`, each page
 * a valid Page whose flags agree with its number, each record valid against the official schema
 * and the Danish profile's (closed: no field the profile does not describe).
 */
export async function crawlHsds(
  app: INestApplication,
  host: string,
  validators: HsdsValidators,
  perPage: number,
): Promise<HsdsCrawl> {
  const crawl: HsdsCrawl = { ids: {}, problems: [], requests: 0 };
  const get = async (path: string): Promise<Response> => {
    crawl.requests += 1;
    const response = await request(app.getHttpServer()).get(path).set('Host', host);
    if (response.status !== 200) crawl.problems.push({ path, status: response.status, body: response.body });
    if (response.headers['access-control-allow-origin'] !== '*')
      crawl.problems.push({ path, cors: 'missing' });
    return response;
  };
  const check = (path: string, schema: HsdsResponseSchema, records: unknown[]) => {
    for (const refusal of validators.refusals(schema, records)) crawl.problems.push({ path, ...refusal });
  };
  const crawlPages = async (list: HsdsList, query: string, item: HsdsResponseSchema): Promise<string[]> => {
    const ids: string[] = [];
    let pages = 1;
    for (let page = 1; page <= pages; page += 1) {
      const path = withQuery(`/hsds/${list.path}`, query, `page=${page}`, `per_page=${perPage}`);
      const body = (await get(path)).body;
      const validPage = validators.page();
      if (!validPage(body)) crawl.problems.push({ path, page: describeErrors(validPage.errors) });
      pages = Math.max(1, body.total_pages);
      const flags = [body.page_number, body.first_page, body.last_page];
      if (JSON.stringify(flags) !== JSON.stringify([page, page === 1, page === pages])) {
        crawl.problems.push({ path, flags });
      }
      check(path, item, body.contents);
      ids.push(...body.contents.map((record: { id: string }) => record.id));
    }
    return ids;
  };

  for (const list of HSDS_LISTS) {
    const [first, ...others] = list.variants;
    const ids = await crawlPages(list, first.query, first.item);
    crawl.ids[list.path] = ids;
    if (new Set(ids).size !== ids.length)
      crawl.problems.push({ list: list.path, duplicates: ids.length - new Set(ids).size });
    for (const variant of others) {
      const variantIds = await crawlPages(list, variant.query, variant.item);
      if (variantIds.join() !== ids.join())
        crawl.problems.push({ list: list.path, variant: variant.query, ids: 'differ' });
    }
    for (const id of ids) {
      for (const query of list.recordQueries) {
        const path = withQuery(`/hsds/${list.path}/${id}`, query);
        const record = (await get(path)).body;
        if (record.id !== id) crawl.problems.push({ path, id: record.id });
        check(path, list.record, [record]);
      }
    }
    const path = `/hsds/${list.path}?format=ndjson`;
    const stream = await get(path);
    if (!/^application\/x-ndjson/.test(String(stream.headers['content-type']))) {
      crawl.problems.push({ path, contentType: stream.headers['content-type'] });
    }
    const lines = stream.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string });
    if (
      lines
        .map((line) => line.id)
        .sort()
        .join() !== [...ids].sort().join()
    )
      crawl.problems.push({ path, ids: 'differ' });
    check(path, first.item, lines);
  }
  return crawl;
}
