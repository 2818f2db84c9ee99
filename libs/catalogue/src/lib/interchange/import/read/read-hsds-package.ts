import type { ImportProblem } from '../import-view';
import { decodeText } from './decode-text';
import { HsdsObject, textOf } from './hsds-service';
import { readCsv } from './read-csv';

/** The tables the import reads; any others in the package are left alone. */
const TABLES = [
  'services',
  'organizations',
  'phones',
  'contacts',
  'schedules',
  'languages',
  'service_at_location',
  'locations',
  'addresses',
  'cost_options',
  'attributes',
  'taxonomy_terms',
  'taxonomies',
] as const;
type TableName = (typeof TABLES)[number];

const REQUIRED_COLUMNS: Partial<Record<TableName, string[]>> = {
  services: ['id', 'name', 'organization_id'],
  organizations: ['id', 'name'],
};

const error = (field: string, message: string): ImportProblem => ({ field, message, severity: 'error' });

/** Rows of one table grouped by a column, e.g. phones by service_id. */
function groupBy(rows: HsdsObject[], column: string): Map<string, HsdsObject[]> {
  const groups = new Map<string, HsdsObject[]>();
  for (const row of rows) {
    const key = textOf(row[column]);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The services of an HSDS 3.0 tabular data package (datapackage.json and its CSV files), each
 * assembled into the nested shape of HSDS JSON (service_full.json) so one mapping serves both.
 */
export async function readHsdsPackage(
  files: Map<string, Uint8Array>,
): Promise<{ services: HsdsObject[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const descriptorPath = [...files.keys()].find((path) => basename(path) === 'datapackage.json');
  const folder = descriptorPath
    ? descriptorPath.slice(0, descriptorPath.length - 'datapackage.json'.length)
    : '';
  let descriptor: { resources?: { name?: string; path?: string }[] } = {};
  try {
    if (!descriptorPath) throw new Error('no descriptor');
    descriptor = JSON.parse(decodeText(files.get(descriptorPath) as Uint8Array, 'datapackage.json').text);
  } catch {
    // A package copied from a checkout may hold the descriptor as a symbolic link's text: the
    // tables still have HSDS's own file names, so they are read by those.
    problems.push({
      field: 'file',
      severity: 'warning',
      message: descriptorPath
        ? 'datapackage.json kunne ikke læses som JSON; CSV-filerne er læst efter HSDS-standardens navne (services.csv, organizations.csv …).'
        : 'Datapakken har ingen datapackage.json; CSV-filerne er læst efter HSDS-standardens navne (services.csv, organizations.csv …).',
    });
  }
  const tables = new Map<TableName, HsdsObject[]>();
  for (const table of TABLES) {
    const resource = descriptor.resources?.find((candidate) => candidate.name === table);
    const path = resource?.path ?? `${table}.csv`;
    const bytes =
      files.get(folder + path) ??
      [...files.entries()].find(([name]) => basename(name) === basename(path))?.[1];
    if (!bytes) {
      if (REQUIRED_COLUMNS[table])
        problems.push(error('file', `Datapakken mangler filen ${path} (${table}).`));
      tables.set(table, []);
      continue;
    }
    const decoded = decodeText(bytes, path);
    problems.push(...decoded.problems);
    const sheet = await readCsv(decoded.text, ',');
    const missing = (REQUIRED_COLUMNS[table] ?? []).filter((column) => !sheet.headers.includes(column));
    if (missing.length > 0) {
      problems.push(error('columns', `Filen ${path} mangler kolonnerne ${missing.join(', ')}.`));
    }
    tables.set(
      table,
      sheet.rows.map((cells) =>
        Object.fromEntries(sheet.headers.map((header, index) => [header, cells[index] ?? ''])),
      ),
    );
  }
  if (problems.some((problem) => problem.severity === 'error')) return { services: [], problems };
  return { services: assembleServices(tables), problems };
}

function assembleServices(tables: Map<TableName, HsdsObject[]>): HsdsObject[] {
  const table = (name: TableName) => tables.get(name) ?? [];
  const byId = (name: TableName) => new Map(table(name).map((row) => [textOf(row.id) ?? '', row]));
  const organizations = byId('organizations');
  const locations = byId('locations');
  const taxonomies = byId('taxonomies');
  const terms = byId('taxonomy_terms');
  const phonesOfService = groupBy(table('phones'), 'service_id');
  const phonesOfContact = groupBy(table('phones'), 'contact_id');
  const contactsOfService = groupBy(table('contacts'), 'service_id');
  const schedulesOfService = groupBy(table('schedules'), 'service_id');
  const languagesOfService = groupBy(table('languages'), 'service_id');
  const placesOfService = groupBy(table('service_at_location'), 'service_id');
  const addressesOfLocation = groupBy(table('addresses'), 'location_id');
  const costsOfService = groupBy(table('cost_options'), 'service_id');
  const attributesOfLink = groupBy(table('attributes'), 'link_id');
  return table('services').map((service) => {
    const id = textOf(service.id) ?? '';
    return {
      ...service,
      organization: organizations.get(textOf(service.organization_id) ?? '') ?? {
        id: service.organization_id,
      },
      phones: phonesOfService.get(id) ?? [],
      contacts: (contactsOfService.get(id) ?? []).map((contact) => ({
        ...contact,
        phones: phonesOfContact.get(textOf(contact.id) ?? '') ?? [],
      })),
      schedules: schedulesOfService.get(id) ?? [],
      languages: languagesOfService.get(id) ?? [],
      cost_options: costsOfService.get(id) ?? [],
      service_at_locations: (placesOfService.get(id) ?? []).map((place) => {
        const location = locations.get(textOf(place.location_id) ?? '') ?? {};
        return {
          ...place,
          location: { ...location, addresses: addressesOfLocation.get(textOf(location.id) ?? '') ?? [] },
        };
      }),
      attributes: (attributesOfLink.get(id) ?? []).map((attribute) => {
        const term = terms.get(textOf(attribute.taxonomy_term_id) ?? '');
        return {
          ...attribute,
          taxonomy_term: term && { ...term, taxonomy_detail: taxonomies.get(textOf(term.taxonomy_id) ?? '') },
        };
      }),
    };
  });
}
