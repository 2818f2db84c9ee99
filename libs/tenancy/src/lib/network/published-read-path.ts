import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenancyService } from '../context/tenancy.service';
import { resolvedHostsGeneration } from '../http/resolved-hosts';
import { RegionMember } from '../registry/region-member.entity';
import { Tenant } from '../registry/tenant.entity';
import { serviceabilityOf } from '../registry/tenant-serviceability';
import { queryRows } from '../sql/query-rows';
import { TENANCY_OPTIONS, TenancyOptions } from '../tenancy.options';
import { quoteIdentifier, tenantSchemaName } from '../tenant-slug';
import { NetworkTenant, resolveSearchScope, SearchScope } from './search-scope';

/**
 * How long the network (the serviceable tenants and their regions) is trusted without reading the
 * registry again: as long as a resolved host (resolved-hosts), so a suspension made by another
 * process stops both its own host and every cross-tenant read within the same time; one made in
 * this process (forgetResolvedHosts) at once.
 */
const NETWORK_TRUST_MS = 2000;

/** A read through the path was attempted from inside another unit of work, which it would join. */
export class NestedPublishedReadError extends Error {
  constructor(slug: string) {
    super(`PublishedReadPath.read for "${slug}" inside a unit of work: it must open its own read-only one`);
  }
}

/** A member the caller handed in that the registry does not (or no longer) serve. */
export class NotInNetworkError extends Error {
  constructor(slug: string) {
    super(`"${slug}" is not a serviceable tenant in the registry`);
  }
}

/**
 * THE one cross-tenant read path. Whatever reads another tenant's schema than the request's own
 * goes through here, and only here:
 * - its tenants come from registry rows only (`network()`, `scopeOf()`): a slug or id from a
 *   request is never used unless it matched a registry row, and schema names are quoted
 *   identifiers made from registry slugs;
 * - only serviceable tenants (active, schema up to date) are ever read;
 * - every read is a read-only transaction (`SET TRANSACTION READ ONLY`): PostgreSQL itself
 *   refuses a write, whatever the caller's code does;
 * - `read()` is one member's unit of work (tenancy.run, search_path of that member alone), one
 *   member at a time per call; `unionAll()` is one statement over many members, a `UNION ALL` of
 *   schema-qualified selects, for what is cheap to ask everyone (`generations()`).
 * What the caller may read there is the member's *published* data: the catalogue's search reads
 * published offers only (see libs/catalogue search/scope).
 */
@Injectable()
export class PublishedReadPath {
  private cached: { network: NetworkTenant[]; until: number; generation: number } | null = null;
  private loading: Promise<NetworkTenant[]> | null = null;
  /**
   * Scopes by host and kind of search, per network read: a scope depends on nothing else, and one
   * kept while its network is trusted is one object, which the caches of its answers key on.
   */
  private readonly scopes = new WeakMap<NetworkTenant[], Map<string, SearchScope | null>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyService,
    @Inject(TENANCY_OPTIONS) private readonly options: TenancyOptions,
  ) {}

  /** Every serviceable tenant with its region, by name: read from the registry, trusted for a moment. */
  async network(): Promise<NetworkTenant[]> {
    const generation = resolvedHostsGeneration();
    const cached = this.cached;
    if (cached && cached.until > Date.now() && cached.generation === generation) return cached.network;
    this.loading ??= this.loadNetwork(generation).finally(() => (this.loading = null));
    return this.loading;
  }

  /** The search scope of a host (see resolveSearchScope); null when the host itself is not serviceable. */
  async scopeOf(host: Tenant, options: { placeSearch: boolean }): Promise<SearchScope | null> {
    const network = await this.network();
    let scopes = this.scopes.get(network);
    if (!scopes) {
      scopes = new Map();
      this.scopes.set(network, scopes);
    }
    const key = `${host.id}:${options.placeSearch}`;
    if (!scopes.has(key)) scopes.set(key, resolveSearchScope(host, network, options.placeSearch));
    return scopes.get(key) ?? null;
  }

  /** The serviceable tenant with this slug, or null: the one way a name from a request becomes a tenant. */
  async findServiceable(slug: string): Promise<NetworkTenant | null> {
    return (await this.network()).find((entry) => entry.tenant.slug === slug) ?? null;
  }

  /**
   * Runs `work` in a read-only unit of work on one member. Refuses a tenant the registry does not
   * serve now, and refuses to run inside another unit of work (it would join that one, which is
   * neither the member's nor read-only).
   */
  async read<T>(
    member: Pick<Tenant, 'id' | 'slug'>,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const known = (await this.network()).find((entry) => entry.tenant.id === member.id);
    if (!known || known.tenant.slug !== member.slug) throw new NotInNetworkError(member.slug);
    if (this.tenancy.inUnitOfWork()) throw new NestedPublishedReadError(member.slug);
    return this.tenancy.run(known.tenant, async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return work(manager);
    });
  }

  /**
   * Every member's `search_state.generation` in one read-only statement, in the members' order:
   * what tells whether anything any member searches for has changed.
   */
  async generations(members: Pick<Tenant, 'id' | 'slug'>[]): Promise<string[]> {
    const rows = await this.unionAll<{ generation: string }>(
      members,
      (schema) => `SELECT generation::text AS generation FROM ${schema}.search_state`,
    );
    const generations = new Array<string>(members.length).fill('0');
    for (const row of rows) generations[row.member] = row.generation;
    return generations;
  }

  /**
   * One read-only statement over many members: `select(schema, position)` for each, joined by
   * UNION ALL, each row tagged with its member's position. `schema` is the member's schema name,
   * quoted, made from its registry slug; the select must name every table with it and read only
   * published data (this is the public path). Parameters ($1…) are shared by every member's
   * select; `position` lets a select name parameters of its own.
   */
  async unionAll<Row>(
    members: Pick<Tenant, 'id' | 'slug'>[],
    select: (schema: string, position: number) => string,
    parameters: readonly unknown[] = [],
  ): Promise<(Row & { member: number })[]> {
    if (members.length === 0) return [];
    const network = await this.network();
    const selects = members.map((member, position) => {
      const known = network.find((entry) => entry.tenant.id === member.id);
      if (!known || known.tenant.slug !== member.slug) throw new NotInNetworkError(member.slug);
      // The position is a number this code made; the schema a quoted name from a registry slug.
      const schema = quoteIdentifier(tenantSchemaName(known.tenant.slug));
      return `SELECT ${position} AS member, part.* FROM (${select(schema, position)}) part`;
    });
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      // Read-only from its first statement: PostgreSQL refuses any write the selects might hold.
      await queryRunner.query('START TRANSACTION READ ONLY');
      const rows = await queryRows<Row & { member: number }>(
        queryRunner.manager,
        selects.join('\nUNION ALL\n'),
        parameters,
      );
      await queryRunner.query('COMMIT');
      return rows;
    } catch (error) {
      await queryRunner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
  }

  private async loadNetwork(generation: number): Promise<NetworkTenant[]> {
    const [tenants, memberships] = await Promise.all([
      this.dataSource.getRepository(Tenant).find({ order: { name: 'ASC' } }),
      this.dataSource.getRepository(RegionMember).find(),
    ]);
    const serviceable = tenants.filter(
      (tenant) => serviceabilityOf(tenant, this.options.migrations) === 'serviceable',
    );
    const byId = new Map(serviceable.map((tenant) => [tenant.id, tenant]));
    const regionOf = new Map(memberships.map((row) => [row.municipalityId, byId.get(row.regionId)]));
    const network = serviceable.map((tenant): NetworkTenant => {
      const region = tenant.kind === 'region' ? tenant : regionOf.get(tenant.id);
      return { tenant, region: region ? { id: region.id, slug: region.slug, name: region.name } : null };
    });
    this.cached = { network, until: Date.now() + NETWORK_TRUST_MS, generation };
    return network;
  }
}
