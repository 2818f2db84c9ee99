import { parseArgs } from 'node:util';
import { DemoSeeder, MAX_DEMO_OFFERS } from '@socialkompas/demo';
import { MIGRATIONS } from '@socialkompas/migrations';
import { serviceabilityOf, TenancyService, Tenant } from '@socialkompas/tenancy';
import { CliContext, openCliContext, runCli } from './cli-context';

const DEFAULT_SEED = 42;
const MAX_SEED = 0xffffffff;

const USAGE = `Usage: npm run seed -- --tenant <slug> --offers <n> [--seed <n>]

Fills a tenant with generated, realistic Danish demo offers (1 to ${MAX_DEMO_OFFERS}) and the
organisations behind them, indexed for search. The same --seed (default ${DEFAULT_SEED}) gives the
same catalogue. Organisations the tenant already has are reused; offers are always added, so
to add more to a seeded tenant, use another --seed (the same one would repeat the same titles).`;

/** A whole number from `min` to `max`, or a clear message naming the flag. */
function wholeNumber(value: string | undefined, flag: string, min: number, max: number): number {
  if (value === undefined) throw new Error(`--${flag} mangler.\n\n${USAGE}`);
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new Error(`--${flag} skal være et heltal fra ${min} til ${max}, ikke "${value}".`);
  }
  return number;
}

async function findTenant(context: CliContext, slug: string): Promise<Tenant> {
  const tenant = (await context.registry.exists()) ? await context.registry.findBySlug(slug) : null;
  if (!tenant) throw new Error(`Tenant "${slug}" findes ikke. Se npm run platform -- tenant list.`);
  if (serviceabilityOf(tenant, MIGRATIONS) === 'migrating') {
    throw new Error(
      `Skemaet t_${tenant.slug} er ikke opdateret (version ${tenant.schemaVersion} af ${MIGRATIONS.tenant.length}). Kør npm run migrate først.`,
    );
  }
  return tenant;
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      offers: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.tenant) throw new Error(`--tenant mangler.\n\n${USAGE}`);
  const offerCount = wholeNumber(values.offers, 'offers', 1, MAX_DEMO_OFFERS);
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber(values.seed, 'seed', 0, MAX_SEED);

  const context = await openCliContext();
  try {
    const tenant = await findTenant(context, values.tenant);
    console.log(`Opretter ${offerCount} demotilbud i ${tenant.slug} (${tenant.name}) med seed ${seed} …`);
    const seeder = new DemoSeeder(new TenancyService(context.dataSource));
    let reported = 0;
    const result = await seeder.seed(tenant, {
      offerCount,
      seed,
      onProgress: (done, total) => {
        if (done < total && done - reported < total / 10) return;
        reported = done;
        console.log(`  ${done}/${total} tilbud`);
      },
    });
    const { organizations } = result;
    console.log(
      [
        `Oprettet i t_${tenant.slug} på ${(result.milliseconds / 1000).toFixed(1)} s:`,
        `  ${result.offers} tilbud (${result.published} offentliggjort)`,
        `  ${organizations.created} organisationer${organizations.reused ? ` (${organizations.reused} fandtes og er genbrugt)` : ''}`,
        `  ${result.locations} steder, ${result.schedules} tider, ${result.contacts} kontaktpersoner, ${result.offerTerms} emneord`,
      ].join('\n'),
    );
    if (result.unknownTermCodes.length > 0) {
      console.log(`Emneord, som tenanten ikke har, er sprunget over: ${result.unknownTermCodes.join(', ')}`);
    }
    return 0;
  } finally {
    await context.dataSource.destroy();
  }
});
