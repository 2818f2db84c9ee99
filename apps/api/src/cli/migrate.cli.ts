import { parseArgs } from 'node:util';
import { openCliContext, runCli } from './cli-context';

const USAGE = `Usage: npm run migrate -- [--tenant <slug>] [--dry-run] [--concurrency <n>]

Applies platform migrations, then tenant migrations to every tenant schema
(each schema in its own transaction). Exits 1 if any schema failed.`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new Error('--concurrency skal være et heltal mellem 1 og 32.');
  }
  const context = await openCliContext();
  try {
    const started = Date.now();
    const dryRun = values['dry-run'];
    const report = await context.migrationRunner.migrateAll({
      tenant: values.tenant,
      dryRun,
      concurrency: Math.min(concurrency, context.environment.DATABASE_POOL_SIZE - 1),
      onProgress: (outcome, done, total) => {
        const what = outcome.error
          ? `FAILED: ${outcome.error}`
          : outcome.applied.length === 0
            ? 'up to date'
            : `${dryRun ? 'would apply' : 'applied'} ${outcome.applied.join(', ')}`;
        console.log(`[${done}/${total}] t_${outcome.slug}: ${what}`);
      },
    });
    console.log(
      `platform: ${report.platform.length ? `${dryRun ? 'would apply' : 'applied'} ${report.platform.join(', ')}` : 'up to date'}`,
    );
    console.log(
      `${report.tenants.length} tenant schema(s), ${report.failed.length} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const failure of report.failed) console.error(`  t_${failure.slug}: ${failure.error}`);
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await context.dataSource.destroy();
  }
});
