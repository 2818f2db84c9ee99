import { parseArgs } from 'node:util';
import { TENANT_KINDS, TenantKind } from '@socialkompas/tenancy';
import { tenantUrl } from '../config/tenant-url';
import { configureOidc, invite, resealSecrets } from './access-commands';
import { deleteTenantCommand, exportTenantCommand, restoreTenantCommand } from './backup-commands';
import { importCatalogue } from './import-commands';
import { recordTenantChange } from './cli-audit';
import { CliContext, openCliContext, runCli } from './cli-context';

const USAGE = `Usage: npm run platform -- tenant|access|catalogue|secrets <command> [options]

  tenant create --slug <slug> --name <name> --kind municipality|region|national [--domain <host>]... [--region <slug>]
  tenant list
  tenant suspend --slug <slug>
  tenant resume --slug <slug>
  tenant export --slug <slug> [--file <file>]
  tenant restore --file <file> [--slug <new slug>] [--replace]
  tenant delete --slug <slug> --confirm <slug>        (suspended, and backed up since its last change)
  access invite --tenant <slug> --email <address> --role <role>
  access oidc --tenant <slug> --issuer <https url> --client-id <id> --client-secret-env <VARIABLE>
              [--scope <scope>]... [--self-provisioning --group-role <group>=<role>]...
  catalogue import --tenant <slug> --file <file or folder>... [--dry-run]
  secrets reseal                                       (after rotating SECRETS_KEY: docs/operations.md)`;

/** The one file a backup command reads or writes: `--file` twice is a mistake there. */
function oneFile(files: string[] | undefined): string | undefined {
  if (files && files.length > 1) throw new Error(`--file må kun angives én gang her.\n\n${USAGE}`);
  return files?.[0];
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`--${flag} mangler.\n\n${USAGE}`);
  return value;
}

interface CreateFlags {
  slug?: string;
  name?: string;
  kind?: string;
  domain?: string[];
  region?: string;
}

async function createTenant(context: CliContext, values: CreateFlags) {
  const kind = required(values.kind, 'kind');
  if (!TENANT_KINDS.includes(kind as TenantKind))
    throw new Error(`--kind skal være en af: ${TENANT_KINDS.join(', ')}.`);
  const result = await context.provisioning.createTenant({
    slug: required(values.slug, 'slug'),
    name: required(values.name, 'name'),
    kind: kind as TenantKind,
    domains: values.domain ?? [],
    region: values.region,
  });
  const { tenant } = result;
  await recordTenantChange(context, tenant, result.created ? 'create' : 'provision_again', { ...values });
  console.log(
    result.created
      ? `Oprettet: ${tenant.slug} (${tenant.name}), skema t_${tenant.slug}, ${result.appliedMigrations.length} migrering(er).`
      : `Findes allerede: ${tenant.slug} (${tenant.name}); intet er oprettet to gange.`,
  );
  console.log(`Adresse: ${tenantUrl(tenant.slug, context.environment)}`);
}

async function listTenants(context: CliContext) {
  const tenants = await context.registry.list();
  if (tenants.length === 0) console.log('Ingen tenants endnu.');
  for (const tenant of tenants) {
    const domains = await context.registry.domainsOf(tenant);
    console.log(
      [
        tenant.slug.padEnd(20),
        tenant.kind.padEnd(13),
        tenant.status.padEnd(10),
        tenant.name,
        domains.join(' '),
      ]
        .join(' ')
        .trimEnd(),
    );
  }
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      domain: { type: 'string', multiple: true },
      region: { type: 'string' },
      tenant: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret-env': { type: 'string' },
      scope: { type: 'string', multiple: true },
      'group-role': { type: 'string', multiple: true },
      'self-provisioning': { type: 'boolean' },
      // Several for `catalogue import` (a package's files); one for the backup commands.
      file: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      confirm: { type: 'string' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', default: false },
    },
  });
  const [noun, verb] = positionals;
  if (values.help || !['tenant', 'access', 'catalogue', 'secrets'].includes(noun) || !verb) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const context = await openCliContext();
  try {
    // Idempotent, and lets the very first command on a new database work without a separate migrate.
    await context.migrationRunner.ensurePlatformSchema();
    switch (`${noun} ${verb}`) {
      case 'access invite':
        await invite(context, values);
        return 0;
      case 'access oidc':
        await configureOidc(context, values);
        return 0;
      case 'secrets reseal':
        await resealSecrets(context);
        return 0;
      case 'catalogue import':
        return await importCatalogue(context, values);
      case 'tenant create':
        await createTenant(context, values);
        return 0;
      case 'tenant export':
        await exportTenantCommand(context, { ...values, file: oneFile(values.file) });
        return 0;
      case 'tenant restore':
        await restoreTenantCommand(context, { ...values, file: oneFile(values.file) });
        return 0;
      case 'tenant delete':
        await deleteTenantCommand(context, values);
        return 0;
      case 'tenant list':
        await listTenants(context);
        return 0;
      case 'tenant suspend':
      case 'tenant resume': {
        const tenant = await context.provisioning.setStatus(
          required(values.slug, 'slug'),
          verb === 'suspend' ? 'suspended' : 'active',
        );
        await recordTenantChange(context, tenant, verb, { status: tenant.status });
        console.log(`${tenant.slug}: ${tenant.status}`);
        return 0;
      }
      default:
        throw new Error(`Ukendt kommando "${noun} ${verb}".\n\n${USAGE}`);
    }
  } finally {
    await context.dataSource.destroy();
  }
});
