import { emptyRecord, ImportRecord } from '../import-record';
import { SheetFieldKey, SheetMapping } from '../import-fields';
import type { Vocabulary } from '../../../taxonomy/taxonomy.entity';
import { SheetTable } from './sheet-table';

/** A cell lists several topics or languages with one of these between them. */
const LIST_SEPARATOR = /\s*[,;|\n]\s*/;

const TOPIC_COLUMNS: [SheetFieldKey, Vocabulary][] = [
  ['challenge', 'challenge'],
  ['targetGroup', 'target_group'],
  ['activity', 'activity'],
  ['ageGroup', 'age_group'],
  ['district', 'district'],
];

const listOfCell = (value: string | undefined) =>
  (value ?? '').split(LIST_SEPARATOR).filter((item) => item !== '');

/** A derived key for a sheet without an id column: the same organisation and title are the same offer. */
export const TITLE_KEY_PREFIX = 'titel:';

/**
 * The sheet's rows as import records, through the column mapping. Without an id column, a row is
 * known again by its organisation and title together.
 */
export function recordsOfSheet(
  table: SheetTable,
  columns: SheetMapping,
  externalIdColumn: string | null,
): ImportRecord[] {
  const index = new Map(table.headers.map((header, position) => [header, position]));
  const positionOf = (key: SheetFieldKey) => {
    const header = columns[key];
    return header ? index.get(header) : undefined;
  };
  const positions = new Map<SheetFieldKey, number | undefined>(
    (Object.keys(columns) as SheetFieldKey[]).map((key) => [key, positionOf(key)]),
  );
  const idPosition = externalIdColumn ? index.get(externalIdColumn) : undefined;
  return table.rows.map((cells, offset) => {
    const cell = (key: SheetFieldKey) => {
      const position = positions.get(key);
      const value = position === undefined ? undefined : cells[position]?.trim();
      return value === '' ? undefined : value;
    };
    const record = emptyRecord(table.firstRowNumber + offset);
    const externalId = idPosition === undefined ? undefined : cells[idPosition]?.trim();
    record.organization = { name: cell('organization') };
    record.name = cell('name');
    record.externalId = externalId
      ? externalId
      : idPosition === undefined && record.name && record.organization.name
        ? `${TITLE_KEY_PREFIX}${record.organization.name.toLowerCase()}/${record.name.toLowerCase()}`
        : undefined;
    record.summary = cell('summary');
    record.description = cell('description');
    record.url = cell('url');
    record.email = cell('email');
    record.phone = cell('phone');
    record.price = cell('price');
    record.applicationProcess = cell('applicationProcess');
    record.eligibilityDescription = cell('eligibility');
    record.scheduleDescription = cell('schedule');
    record.age = cell('age');
    record.minimumAge = cell('minimumAge');
    record.maximumAge = cell('maximumAge');
    record.status = cell('status');
    record.languages = listOfCell(cell('languages'));
    const [address, postalCode, city] = [cell('address'), cell('postalCode'), cell('city')];
    if (address || postalCode || city) record.locations.push({ address1: address, postalCode, city });
    const [contactName, contactEmail, contactPhone] = [
      cell('contactName'),
      cell('contactEmail'),
      cell('contactPhone'),
    ];
    if (contactName || contactEmail || contactPhone) {
      record.contacts.push({ name: contactName, email: contactEmail, phone: contactPhone });
    }
    for (const [key, vocabulary] of TOPIC_COLUMNS) {
      for (const label of listOfCell(cell(key))) record.topics.push({ vocabulary, label });
    }
    return record;
  });
}
