import { Injectable, NotFoundException } from '@nestjs/common';
import { queryRows, type Tenant } from '@socialkompas/tenancy';
import type { EntityManager } from 'typeorm';
import type { HsdsListing } from './hsds-listings';
import { hsdsPage, HsdsPage } from './hsds-page';
import { HsdsReach, HsdsReaches } from './hsds-reach';
import type { HsdsObject, Publisher } from './hsds-record-reader';

/** Reads the records of keys in the member's unit of work; a key whose record is gone is missing from the map. */
export type LoadRecords = (keys: string[], publisher: Publisher) => Promise<Map<string, HsdsObject>>;

/** Rows read per unit of work while streaming: few queries, flat memory. */
const STREAM_BATCH = 250;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** The next keys of the listing after `last`, inside the member's unit of work (its tables by their plain names). */
async function keysAfter(manager: EntityManager, listing: HsdsListing, last: string): Promise<string[]> {
  const after = listing.parameters.length + 1;
  const rows = await queryRows<{ key: string }>(
    manager,
    `SELECT key FROM (${listing.select((name) => name)}) listed WHERE key > $${after} ORDER BY key LIMIT ${STREAM_BATCH}`,
    [...listing.parameters, last],
  );
  return rows.map((row) => row.key);
}

const present = (records: (HsdsObject | undefined)[]) =>
  records.filter((record): record is HsdsObject => record !== undefined);

interface Keyed {
  key: string;
  member: number;
}

/**
 * Pages, streams and single records of any HSDS list over a host's reach. A list is a listing (a
 * select of keys per member, see hsds-listings) and a loader of records; this class pages by key
 * across the members, so every member's keys meet in one order.
 */
@Injectable()
export class HsdsLists {
  constructor(private readonly reaches: HsdsReaches) {}

  async page(
    host: Tenant,
    listing: HsdsListing,
    load: LoadRecords,
    paging: { page: number; perPage: number },
  ): Promise<HsdsPage<HsdsObject>> {
    const reach = await this.reaches.of(host);
    const offset = (paging.page - 1) * paging.perPage;
    const limits = listing.parameters.length;
    // One member pages in PostgreSQL; many give their first offset + perPage keys, merged here.
    const [limit, skip] =
      reach.members.length === 1 ? [paging.perPage, offset] : [offset + paging.perPage, 0];
    const [keyed, counts] = await Promise.all([
      reach.query<{ key: string }>(
        (table) =>
          `SELECT key FROM (${listing.select(table)}) listed ORDER BY key LIMIT $${limits + 1} OFFSET $${limits + 2}`,
        [...listing.parameters, limit, skip],
      ),
      reach.query<{ count: string }>(
        (table) => `SELECT count(*)::text AS count FROM (${listing.select(table)}) listed`,
        listing.parameters,
      ),
    ]);
    const onPage =
      reach.members.length === 1
        ? keyed
        : keyed.sort((a, b) => (a.key < b.key ? -1 : 1)).slice(offset, offset + paging.perPage);
    const total = counts.reduce((sum, row) => sum + Number(row.count), 0);
    return hsdsPage(await this.records(reach, onPage, load), total, paging.page, paging.perPage);
  }

  /**
   * Every record of the list, member after member, a batch of keys per unit of work (keyset, not
   * offset), so memory stays flat and no transaction waits on a slow client.
   */
  async *stream(host: Tenant, listing: HsdsListing, load: LoadRecords): AsyncGenerator<HsdsObject[]> {
    const reach = await this.reaches.of(host);
    for (let member = 0; member < reach.members.length; member += 1) {
      // Below every key, whether a UUID or text that starts with one.
      let last = NIL_UUID;
      for (;;) {
        const batch = await reach.read(member, async (manager) => {
          const keys = await keysAfter(manager, listing, last);
          return { keys, records: await load(keys, reach.members[member]) };
        });
        if (batch.keys.length === 0) break;
        last = batch.keys[batch.keys.length - 1];
        const records = present(batch.keys.map((key) => batch.records.get(key)));
        if (records.length > 0) yield records;
        if (batch.keys.length < STREAM_BATCH) break;
      }
    }
  }

  /** The first key of the listing that `matches`, over every member (for ids that are derived from a key). */
  async findKey(
    host: Tenant,
    listing: HsdsListing,
    matches: (key: string) => boolean,
  ): Promise<string | null> {
    const reach = await this.reaches.of(host);
    const rows = await reach.query<{ key: string }>((table) => listing.select(table), listing.parameters);
    return rows.find((row) => matches(row.key))?.key ?? null;
  }

  /** The one record with this key, or a 404 saying what was not found. */
  async one(
    host: Tenant,
    listing: HsdsListing,
    key: string,
    load: LoadRecords,
    notFound: string,
  ): Promise<HsdsObject> {
    const reach = await this.reaches.of(host);
    const at = listing.parameters.length + 1;
    const [owner] = await reach.query<{ key: string }>(
      (table) => `SELECT key FROM (${listing.select(table)}) listed WHERE key = $${at}`,
      [...listing.parameters, key],
    );
    const record = owner && (await this.records(reach, [owner], load))[0];
    if (!record) {
      throw new NotFoundException({ title: 'Findes ikke', detail: notFound });
    }
    return record;
  }

  /** The records of the keys, in the keys' order, each member's read in its own unit of work. */
  private async records(reach: HsdsReach, keyed: Keyed[], load: LoadRecords): Promise<HsdsObject[]> {
    const found = new Map<string, HsdsObject>();
    const members = [...new Set(keyed.map((entry) => entry.member))];
    for (const member of members) {
      const keys = keyed.filter((entry) => entry.member === member).map((entry) => entry.key);
      const records = await reach.read(member, () => load(keys, reach.members[member]));
      for (const [key, record] of records) found.set(key, record);
    }
    return present(keyed.map((entry) => found.get(entry.key)));
  }
}
