import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AuditLog } from '@socialkompas/auth';
import {
  ImportsService,
  importsServiceFor,
  ImportView,
  SearchIndexWriter,
  UploadedFile,
} from '@socialkompas/catalogue';
import { TenancyService, Tenant, TenantNotFoundError } from '@socialkompas/tenancy';
import { OPERATOR_ACTOR } from './cli-audit';
import { CliContext } from './cli-context';

/** Problem rows printed after a dry run; the rest are counted. */
const PRINTED_ROWS = 50;

/** The files to import: each `--file`, a folder meaning every file in it (an unpacked HSDS package). */
function filesOf(paths: string[]): UploadedFile[] {
  return paths.flatMap((path) => {
    if (statSync(path).isDirectory()) {
      return readdirSync(path)
        .filter((name) => statSync(join(path, name)).isFile())
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(path, name))) }));
    }
    return [{ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }];
  });
}

function countsLine(view: ImportView, verb: string): string {
  const { create, update, unchanged, invalid } = view.counts;
  return `${verb}: ${create} oprettes, ${update} opdateres, ${unchanged} uændrede, ${invalid} ugyldige (${view.progress.total} rækker).`;
}

async function printReport(imports: ImportsService, tenant: Tenant, view: ImportView): Promise<void> {
  for (const problem of view.fileProblems)
    console.log(`${problem.severity === 'error' ? 'Fejl' : 'Advarsel'}: ${problem.message}`);
  const page = await imports.rows(tenant, view.id, { page: 1, size: PRINTED_ROWS, only: 'problems' });
  for (const row of page.items) {
    for (const problem of row.problems) {
      const suggestions = problem.suggestions?.length ? ` [forslag: ${problem.suggestions.join(', ')}]` : '';
      console.log(
        `  ${problem.severity === 'error' ? 'fejl    ' : 'advarsel'} ${problem.message}${suggestions}`,
      );
    }
  }
  if (page.total > page.items.length)
    console.log(`  … og ${page.total - page.items.length} rækker mere med problemer.`);
}

/**
 * `catalogue import --tenant X --file F [--dry-run]`: the same dry run and apply as the web
 * client's, printed; without --dry-run, a file whose dry run found no file-level error is
 * applied (invalid rows skipped). Exits 1 when the file could not be imported.
 */
export async function importCatalogue(
  context: CliContext,
  values: { tenant?: string; file?: string[]; 'dry-run'?: boolean },
): Promise<number> {
  if (!values.tenant) throw new Error('--tenant mangler.');
  if (!values.file?.length) throw new Error('--file mangler.');
  const tenant = await context.registry.findBySlug(values.tenant);
  if (!tenant) throw new TenantNotFoundError(values.tenant);
  const tenancy = new TenancyService(context.dataSource);
  const imports = importsServiceFor(tenancy, new SearchIndexWriter(tenancy), new AuditLog(tenancy));
  const created = await imports.create(tenant, filesOf(values.file), OPERATOR_ACTOR);
  await imports.whenDone(created.id);
  const checked = await imports.get(tenant, created.id);
  console.log(`Import ${checked.id} (${checked.format}, ${checked.fileName}): ${checked.status}.`);
  await printReport(imports, tenant, checked);
  if (checked.status !== 'checked') {
    console.log(
      checked.status === 'needs_mapping'
        ? 'Vælg kolonnerne i webklienten, eller giv kolonnerne de navne, felterne har.'
        : 'Intet er importeret.',
    );
    return 1;
  }
  console.log(countsLine(checked, 'Prøvekørsel'));
  if (values['dry-run']) {
    console.log('Prøvekørsel: intet er skrevet. Kør uden --dry-run for at importere.');
    return 0;
  }
  await imports.apply(tenant, checked.id, OPERATOR_ACTOR);
  await imports.whenDone(checked.id);
  const applied = await imports.get(tenant, checked.id);
  if (applied.status !== 'applied') {
    for (const problem of applied.fileProblems) console.log(`Fejl: ${problem.message}`);
    return 1;
  }
  console.log(countsLine(applied, 'Importeret'));
  return 0;
}
