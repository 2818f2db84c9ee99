import { Injectable } from '@nestjs/common';
import { PublishedReadPath, queryRows, TenancyService, Tenant } from '@socialkompas/tenancy';
import type { EntityManager } from 'typeorm';

/** Names a table: as it is in a member's own unit of work, schema-qualified in a statement over many. */
export type TableName = (name: string) => string;

/** A row of a statement over the reach, tagged with the position of the member it came from. */
export type MemberRow<Row> = Row & { member: number };

/**
 * Whose published catalogue a host's HSDS API serves, and how it reads it: a municipality its own
 * (in its own unit of work), a region or the nation the members of its scope, only ever through the
 * PublishedReadPath (each member in a read-only unit of work, or one read-only statement over all).
 */
export interface HsdsReach {
  members: Pick<Tenant, 'id' | 'slug' | 'name'>[];
  /** One statement over every member: `select` names its tables with `table`; parameters are shared. */
  query<Row>(select: (table: TableName) => string, parameters: readonly unknown[]): Promise<MemberRow<Row>[]>;
  /** `work` in the member's unit of work: unqualified table names are the member's. */
  read<T>(member: number, work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/** The tenant kinds whose HSDS API covers other tenants' published offers (their search scope). */
const SCOPE_KINDS: ReadonlySet<Tenant['kind']> = new Set(['region', 'national']);

@Injectable()
export class HsdsReaches {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly readPath: PublishedReadPath,
  ) {}

  async of(host: Tenant): Promise<HsdsReach> {
    const scope = SCOPE_KINDS.has(host.kind)
      ? await this.readPath.scopeOf(host, { placeSearch: false })
      : null;
    if (!scope || scope.members.length === 1) return this.own(host);
    const members = scope.members.map((entry) => entry.tenant);
    return {
      members,
      query: (select, parameters) =>
        this.readPath.unionAll(members, (schema) => select((name) => `${schema}.${name}`), parameters),
      read: (member, work) => this.readPath.read(members[member], work),
    };
  }

  /** A host's own catalogue, in its own unit of work (the network may not know a host made a moment ago). */
  private own(host: Tenant): HsdsReach {
    return {
      members: [host],
      query: (select, parameters) =>
        this.tenancy.run(host, (manager) =>
          queryRows(manager, `SELECT 0 AS member, part.* FROM (${select((name) => name)}) part`, parameters),
        ),
      read: (_member, work) => this.tenancy.run(host, work),
    };
  }
}
