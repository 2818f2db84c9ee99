import { openTestDataSource, tenancyFor, uniqueSlug } from '@socialkompas/testing';
import { DataSource } from 'typeorm';
import { Tenant } from '../registry/tenant.entity';
import { OutsideTenantContextError } from '../tenancy.errors';
import { TenancyService } from './tenancy.service';
import { TenantScopedRepository } from './tenant-scoped.repository';

async function provisionPair(dataSource: DataSource): Promise<[Tenant, Tenant]> {
  const { migrationRunner, provisioning } = tenancyFor(dataSource);
  await migrationRunner.ensurePlatformSchema();
  const first = await provisioning.createTenant({
    slug: uniqueSlug('iso_a'),
    name: 'Kommune A',
    kind: 'municipality',
  });
  const second = await provisioning.createTenant({
    slug: uniqueSlug('iso_b'),
    name: 'Kommune B',
    kind: 'municipality',
  });
  return [first.tenant, second.tenant];
}

async function organisationNames(tenancy: TenancyService, tenant: Tenant): Promise<string[]> {
  return tenancy.run(tenant, async (manager) =>
    (await manager.query('SELECT name FROM organizations ORDER BY name')).map(
      (row: { name: string }) => row.name,
    ),
  );
}

describe('tenancy.run', () => {
  let dataSource: DataSource;
  let tenancy: TenancyService;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    tenancy = new TenancyService(dataSource);
    [a, b] = await provisionPair(dataSource);
  });

  afterAll(() => dataSource.destroy());

  it('keeps rows of two tenants apart in their identical tables', async () => {
    await tenancy.run(a, (manager) =>
      manager.query(`INSERT INTO organizations (name) VALUES ('Forening i A')`),
    );
    await tenancy.run(b, (manager) =>
      manager.query(`INSERT INTO organizations (name) VALUES ('Forening i B')`),
    );

    expect(await organisationNames(tenancy, a)).toEqual(['Forening i A']);
    expect(await organisationNames(tenancy, b)).toEqual(['Forening i B']);
  });

  it('rolls back everything a failing unit of work wrote', async () => {
    await expect(
      tenancy.run(a, async (manager) => {
        await manager.query(`INSERT INTO organizations (name) VALUES ('Halvt gemt')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await organisationNames(tenancy, a)).not.toContain('Halvt gemt');
  });

  it('refuses a tenant-scoped repository outside a unit of work', async () => {
    class ProbeRepository extends TenantScopedRepository<Tenant> {
      constructor() {
        super(tenancy, Tenant);
      }
      count() {
        return this.repository.count();
      }
    }
    expect(() => new ProbeRepository().count()).toThrow(OutsideTenantContextError);
    await expect(tenancy.run(a, () => new ProbeRepository().count())).resolves.toBeGreaterThan(0);
  });

  it('finds no tenant table at all outside a unit of work', async () => {
    await expect(dataSource.query('SELECT count(*) FROM organizations')).rejects.toThrow(/does not exist/);
  });

  it('runs what waits for the commit once committed, never after a rollback, and survives its failure', async () => {
    const seen: string[][] = [];
    await tenancy.run(a, async (manager) => {
      await manager.query(`INSERT INTO organizations (name) VALUES ('Efter commit')`);
      // Read on a connection of its own: it sees the row only if the unit has committed.
      tenancy.afterCommit(async () => {
        seen.push(await organisationNames(tenancy, a));
      });
    });
    expect(seen).toEqual([expect.arrayContaining(['Efter commit'])]);

    await expect(
      tenancy.run(a, async () => {
        tenancy.afterCommit(async () => {
          seen.push(['rullet tilbage']);
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(seen).toHaveLength(1);

    await expect(
      tenancy.run(a, async () => {
        tenancy.afterCommit(async () => {
          throw new Error('køen svarer ikke');
        });
        return 'gemt';
      }),
    ).resolves.toBe('gemt');
    expect(() => tenancy.afterCommit(async () => undefined)).toThrow(OutsideTenantContextError);
  });

  it('refuses to nest a unit of work for another tenant', async () => {
    await expect(tenancy.run(a, () => tenancy.run(b, async () => 'never'))).rejects.toThrow(/nested/);
  });
});

describe('tenancy.run on a pool of one connection', () => {
  let dataSource: DataSource;
  let tenancy: TenancyService;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    dataSource = await openTestDataSource({ poolSize: 1 });
    tenancy = new TenancyService(dataSource);
    [a, b] = await provisionPair(dataSource);
    await tenancy.run(a, (manager) => manager.query(`INSERT INTO organizations (name) VALUES ('kun A')`));
  });

  afterAll(() => dataSource.destroy());

  /** What the one pooled connection does with an unqualified query after a unit of work. */
  const leakedSearchPath = async () => (await dataSource.query('SHOW search_path'))[0].search_path as string;

  it('lets interleaved tenants each see only their own schema', async () => {
    const units = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? a : b));
    const seen = await Promise.all(
      units.map((tenant) =>
        tenancy.run(tenant, async (manager) => {
          const [{ schema }] = await manager.query('SELECT current_schema() AS schema');
          const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM organizations`);
          return { tenant: tenant.slug, schema, count };
        }),
      ),
    );
    for (const unit of seen) {
      expect(unit.schema).toBe(`t_${unit.tenant}`);
      expect(unit.count).toBe(unit.tenant === a.slug ? 1 : 0);
    }
  });

  it('leaves no search_path on the connection for the next borrower', async () => {
    await tenancy.run(a, (manager) => manager.query('SELECT 1'));
    expect(await leakedSearchPath()).not.toContain(a.slug);
    await expect(dataSource.query('SELECT count(*) FROM organizations')).rejects.toThrow(/does not exist/);
  });

  it('would notice a session-level SET, which is why run() uses SET LOCAL', async () => {
    // The same check against the mistake it guards against: set_config(..., is_local => false).
    await dataSource.transaction((manager) =>
      manager.query(`SELECT set_config('search_path', $1, false)`, [`"t_${a.slug}", public`]),
    );
    try {
      expect(await leakedSearchPath()).toContain(a.slug);
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM organizations');
      expect(count).toBe(1);
    } finally {
      await dataSource.query('RESET search_path');
    }
  });
});
