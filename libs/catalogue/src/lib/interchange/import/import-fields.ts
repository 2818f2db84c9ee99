import { foldText } from '../../search/query/fold-text';

/** What one column of a sheet can be: a field of the offer, its organisation, place, contact or topics. */
export const SHEET_FIELD_KEYS = [
  'name',
  'organization',
  'summary',
  'description',
  'url',
  'email',
  'phone',
  'address',
  'postalCode',
  'city',
  'challenge',
  'targetGroup',
  'activity',
  'ageGroup',
  'district',
  'age',
  'minimumAge',
  'maximumAge',
  'languages',
  'price',
  'applicationProcess',
  'eligibility',
  'schedule',
  'contactName',
  'contactEmail',
  'contactPhone',
  'status',
] as const;
export type SheetFieldKey = (typeof SHEET_FIELD_KEYS)[number];

export interface SheetField {
  key: SheetFieldKey;
  /** The Danish label every message names the field by. */
  label: string;
  required: boolean;
  /** Header names (Danish and English) that suggest the column holds this field. */
  synonyms: string[];
}

/**
 * The fields a sheet's columns are mapped to, in the order the mapping form shows them. The
 * synonyms are the headers municipalities' old sites and Excel exports actually use.
 */
export const SHEET_FIELDS: readonly SheetField[] = [
  {
    key: 'name',
    label: 'Titel',
    required: true,
    synonyms: [
      'titel',
      'navn',
      'tilbud',
      'tilbudsnavn',
      'overskrift',
      'title',
      'name',
      'service',
      'service name',
    ],
  },
  {
    key: 'organization',
    label: 'Forening',
    required: true,
    synonyms: [
      'forening',
      'organisation',
      'organisationsnavn',
      'udbyder',
      'arrangør',
      'arrangor',
      'afsender',
      'organization',
      'organisation name',
      'provider',
      'association',
    ],
  },
  {
    key: 'summary',
    label: 'Kort beskrivelse',
    required: false,
    synonyms: [
      'kort beskrivelse',
      'resumé',
      'resume',
      'kort tekst',
      'teaser',
      'summary',
      'short description',
    ],
  },
  {
    key: 'description',
    label: 'Beskrivelse',
    required: false,
    synonyms: [
      'beskrivelse',
      'lang beskrivelse',
      'tekst',
      'indhold',
      'description',
      'long description',
      'details',
    ],
  },
  {
    key: 'url',
    label: 'Hjemmeside',
    required: false,
    synonyms: ['hjemmeside', 'webadresse', 'link', 'url', 'website', 'web', 'www', 'internetadresse'],
  },
  {
    key: 'email',
    label: 'E-mail',
    required: false,
    synonyms: ['e-mail', 'email', 'mail', 'e-mailadresse', 'emailadresse', 'e-mail address'],
  },
  {
    key: 'phone',
    label: 'Telefon',
    required: false,
    synonyms: [
      'telefon',
      'telefonnummer',
      'tlf',
      'tlf.',
      'tlf nr',
      'mobil',
      'phone',
      'telephone',
      'phone number',
    ],
  },
  {
    key: 'address',
    label: 'Adresse',
    required: false,
    synonyms: ['adresse', 'vejnavn', 'gade', 'mødested', 'modested', 'address', 'street', 'address 1'],
  },
  {
    key: 'postalCode',
    label: 'Postnr',
    required: false,
    synonyms: ['postnr', 'postnr.', 'postnummer', 'post nr', 'postal code', 'postcode', 'zip', 'zip code'],
  },
  { key: 'city', label: 'By', required: false, synonyms: ['by', 'bynavn', 'postdistrikt', 'city', 'town'] },
  {
    key: 'challenge',
    label: 'Udfordring',
    required: false,
    synonyms: [
      'udfordring',
      'udfordringer',
      'problem',
      'tema',
      'emne',
      'emner',
      'challenge',
      'challenges',
      'topic',
      'topics',
    ],
  },
  {
    key: 'targetGroup',
    label: 'Målgruppe',
    required: false,
    synonyms: [
      'målgruppe',
      'malgruppe',
      'målgrupper',
      'for hvem',
      'target group',
      'target groups',
      'audience',
    ],
  },
  {
    key: 'activity',
    label: 'Aktivitet',
    required: false,
    synonyms: [
      'aktivitet',
      'aktiviteter',
      'type',
      'tilbudstype',
      'form',
      'activity',
      'activities',
      'service type',
    ],
  },
  {
    key: 'ageGroup',
    label: 'Aldersgruppe',
    required: false,
    synonyms: ['aldersgruppe', 'aldersgrupper', 'age group', 'age groups'],
  },
  {
    key: 'district',
    label: 'Bydel',
    required: false,
    synonyms: ['bydel', 'område', 'omrade', 'lokalområde', 'district', 'area', 'neighbourhood'],
  },
  {
    key: 'age',
    label: 'Alder',
    required: false,
    synonyms: ['alder', 'aldersinterval', 'age', 'ages', 'age range'],
  },
  {
    key: 'minimumAge',
    label: 'Alder fra',
    required: false,
    synonyms: ['alder fra', 'min alder', 'minimumsalder', 'fra alder', 'minimum age', 'min age'],
  },
  {
    key: 'maximumAge',
    label: 'Alder til',
    required: false,
    synonyms: ['alder til', 'max alder', 'maksimumsalder', 'til alder', 'maximum age', 'max age'],
  },
  { key: 'languages', label: 'Sprog', required: false, synonyms: ['sprog', 'languages', 'language'] },
  {
    key: 'price',
    label: 'Pris',
    required: false,
    synonyms: [
      'pris',
      'priser',
      'betaling',
      'egenbetaling',
      'kontingent',
      'gebyr',
      'price',
      'fee',
      'fees',
      'cost',
    ],
  },
  {
    key: 'applicationProcess',
    label: 'Sådan kommer man i gang',
    required: false,
    synonyms: [
      'tilmelding',
      'sådan kommer man i gang',
      'kom i gang',
      'visitation',
      'application',
      'how to apply',
      'application process',
    ],
  },
  {
    key: 'eligibility',
    label: 'Hvem er tilbuddet for',
    required: false,
    synonyms: ['hvem er tilbuddet for', 'hvem kan deltage', 'betingelser', 'eligibility', 'who can attend'],
  },
  {
    key: 'schedule',
    label: 'Tidspunkt',
    required: false,
    synonyms: [
      'tidspunkt',
      'tider',
      'åbningstider',
      'abningstider',
      'mødetider',
      'hvornår',
      'schedule',
      'opening hours',
      'times',
      'when',
    ],
  },
  {
    key: 'contactName',
    label: 'Kontaktperson',
    required: false,
    synonyms: ['kontaktperson', 'kontakt', 'kontaktnavn', 'contact', 'contact person', 'contact name'],
  },
  {
    key: 'contactEmail',
    label: 'Kontaktpersonens e-mail',
    required: false,
    synonyms: ['kontaktpersonens e-mail', 'kontakt e-mail', 'kontakt email', 'kontaktmail', 'contact email'],
  },
  {
    key: 'contactPhone',
    label: 'Kontaktpersonens telefon',
    required: false,
    synonyms: ['kontaktpersonens telefon', 'kontakt telefon', 'kontakt tlf', 'contact phone'],
  },
  { key: 'status', label: 'Status', required: false, synonyms: ['status', 'aktiv', 'state', 'active'] },
];

/** Headers that name a stable id of the row, the key that makes applying a sheet twice change nothing. */
export const EXTERNAL_ID_SYNONYMS = [
  'id',
  'nr',
  'nummer',
  'tilbuds-id',
  'tilbudsid',
  'tilbud id',
  'ekstern id',
  'externt id',
  'eksternt id',
  'external id',
  'external_id',
  'key',
  'nøgle',
  'nogle',
];

export type SheetMapping = Partial<Record<SheetFieldKey, string | null>>;

const headerKey = (header: string) =>
  foldText(header)
    .replace(/[\s_.:-]+/g, ' ')
    .trim();

/** The mapping a sheet's headers suggest: each field to the first header that is one of its synonyms. */
export function suggestMapping(headers: string[]): {
  columns: SheetMapping;
  externalIdColumn: string | null;
} {
  const columns: SheetMapping = {};
  const taken = new Set<string>();
  for (const field of SHEET_FIELDS) {
    const synonyms = new Set(field.synonyms.map(headerKey));
    const header = headers.find((candidate) => !taken.has(candidate) && synonyms.has(headerKey(candidate)));
    columns[field.key] = header ?? null;
    if (header) taken.add(header);
  }
  const idSynonyms = new Set(EXTERNAL_ID_SYNONYMS.map(headerKey));
  const externalIdColumn =
    headers.find((header) => !taken.has(header) && idSynonyms.has(headerKey(header))) ?? null;
  return { columns, externalIdColumn };
}

export function sheetField(key: SheetFieldKey): SheetField {
  const field = SHEET_FIELDS.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`No sheet field ${key}`);
  return field;
}
