import { createHash } from 'node:crypto';
import { isEmail } from 'class-validator';
import { postcodeArea } from '@socialkompas/denmark';
import type { LifecycleStatus } from '../../../core/lifecycle/lifecycle';
import { WEEKDAYS, Weekday } from '../../../offers/schedule.entity';
import type { AttendingType } from '../../../offers/offer.entity';
import { foldText } from '../../../search/query/fold-text';
import { DERIVED_VOCABULARIES, Vocabulary } from '../../../taxonomy/taxonomy.entity';
import { ImportRecord, RecordLocation } from '../import-record';
import type { ImportProblem } from '../import-view';
import { checkProfileFields } from './check-profile-fields';
import { TermMatcher } from './closest-terms';
import { ValidOffer } from './valid-offer';

const NAME_MIN = 3;
const NAME_MAX = 200;
const SUMMARY_MAX = 400;
const DESCRIPTION_MAX = 10_000;
const TEXT_MAX = 2000;
const PHONE = /^\+?(?:[0-9] ?){8,15}$/;
const TIME = /^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?::[0-5][0-9])?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

const VOCABULARY_LABELS: Record<Vocabulary, string> = {
  challenge: 'Udfordring',
  target_group: 'Målgruppe',
  activity: 'Aktivitet',
  age_group: 'Aldersgruppe',
  district: 'Bydel',
};

/** Language names people write instead of codes. */
const LANGUAGE_CODES: Record<string, string> = {
  dansk: 'da',
  danish: 'da',
  engelsk: 'en',
  english: 'en',
  tysk: 'de',
  german: 'de',
  arabisk: 'ar',
  arabic: 'ar',
  tyrkisk: 'tr',
  turkish: 'tr',
  somali: 'so',
  somalisk: 'so',
  urdu: 'ur',
  farsi: 'fa',
  persisk: 'fa',
  persian: 'fa',
  polsk: 'pl',
  polish: 'pl',
  ukrainsk: 'uk',
  ukrainian: 'uk',
  russisk: 'ru',
  russian: 'ru',
  fransk: 'fr',
  french: 'fr',
  spansk: 'es',
  spanish: 'es',
  svensk: 'sv',
  swedish: 'sv',
  norsk: 'no',
  norwegian: 'no',
  tigrinya: 'ti',
  kurdisk: 'ku',
  kurdish: 'ku',
  rumænsk: 'ro',
  romanian: 'ro',
  litauisk: 'lt',
  grønlandsk: 'kl',
  faerosk: 'fo',
  færøsk: 'fo',
  pashto: 'ps',
  dari: 'fa',
  bosnisk: 'bs',
  vietnamesisk: 'vi',
  thai: 'th',
  tamil: 'ta',
};

const FREE_WORDS = new Set(['gratis', 'free', '0', '0 kr', '0 kr.', 'nej', 'ingen', 'ingen betaling', 'no']);
const STATUS_WORDS: Record<string, LifecycleStatus> = {
  active: 'published',
  aktiv: 'published',
  ja: 'published',
  yes: 'published',
  publiceret: 'published',
  offentliggjort: 'published',
  published: 'published',
  inactive: 'draft',
  inaktiv: 'draft',
  nej: 'draft',
  no: 'draft',
  kladde: 'draft',
  draft: 'draft',
  defunct: 'archived',
  lukket: 'archived',
  arkiveret: 'archived',
  ophort: 'archived',
  archived: 'archived',
};

/** A row's checked values, or (with an error among its problems) none. */
export interface CheckedRecord {
  problems: ImportProblem[];
  offer?: ValidOffer;
  fingerprint?: string;
}

/** What a check needs to know beyond the row: the tenant's vocabularies. */
export interface CheckContext {
  terms: TermMatcher;
}

/** What the file says, made safe to compare and store: trimmed, without NUL or lone surrogates. */
const clean = (value: string | undefined) =>
  value
    ?.replaceAll('\u0000', '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .trim() || undefined;

function normalPhone(phone: string): string | undefined {
  const compact = phone.replace(/[\s().-]/g, '').replace(/^00/, '+');
  if (!PHONE.test(compact)) return undefined;
  return compact;
}

function normalUrl(url: string): { url?: string; added?: boolean } {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    const parsed = new URL(candidate);
    if (!['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname.includes('.')) return {};
    return { url: candidate, added: candidate !== url };
  } catch {
    return {};
  }
}

/** "18-25", "18–25 år", "60+", "fra 18", "under 18", "0-17" → the range's ends. */
function ageRange(text: string): { minimum?: number; maximum?: number } | undefined {
  const folded = foldText(text)
    .replace(/ar\b|years?|aar/g, '')
    .trim();
  let match = /^([0-9]{1,3})\s*[-–]\s*([0-9]{1,3})$/.exec(folded);
  if (match) return { minimum: Number(match[1]), maximum: Number(match[2]) };
  match = /^(?:fra|over|min\.?)?\s*([0-9]{1,3})\s*\+?$/.exec(folded);
  if (match && (folded.includes('+') || folded.startsWith('fra') || folded.startsWith('over'))) {
    return { minimum: Number(match[1]) };
  }
  match = /^(?:under|til|max\.?)\s*([0-9]{1,3})$/.exec(folded);
  if (match) return { maximum: folded.startsWith('under') ? Number(match[1]) - 1 : Number(match[1]) };
  if (/^[0-9]{1,3}$/.test(folded)) return { minimum: Number(folded), maximum: Number(folded) };
  return undefined;
}

const amountOf = (text: string) => {
  const match = /([0-9]+(?:[.,][0-9]{1,2})?)/.exec(text);
  return match ? Number(match[1].replace(',', '.')) : null;
};

/**
 * Checks one row as the editors' form would, and turns it into what the import writes: errors
 * keep the row out, warnings say what was left out or guessed. Every message names the row and
 * the field by its Danish label.
 */
export function checkRecord(record: ImportRecord, context: CheckContext): CheckedRecord {
  const problems: ImportProblem[] = [];
  const at = `Række ${record.row}`;
  const error = (field: string, message: string, suggestions?: string[]) =>
    problems.push({
      field,
      message: `${at}: ${message}`,
      severity: 'error',
      ...(suggestions ? { suggestions } : {}),
    });
  const warning = (field: string, message: string, suggestions?: string[]) =>
    problems.push({
      field,
      message: `${at}: ${message}`,
      severity: 'warning',
      ...(suggestions ? { suggestions } : {}),
    });

  const name = clean(record.name);
  if (!name) error('name', 'Titel skal udfyldes.');
  else if (name.length < NAME_MIN || name.length > NAME_MAX)
    error('name', `Titel skal være mellem ${NAME_MIN} og ${NAME_MAX} tegn.`);
  const organizationName = clean(record.organization.name);
  if (!organizationName) {
    error(
      'organization',
      record.organization.externalId
        ? `Forening med id ${record.organization.externalId} findes ikke i filen.`
        : 'Forening skal udfyldes.',
    );
  }
  if (!clean(record.externalId))
    error('externalId', 'Id skal udfyldes: det er det, en senere import kender tilbuddet på.');

  const description = clean(record.description) ?? '';
  if (description.length > DESCRIPTION_MAX)
    error('description', `Beskrivelse må højst være ${DESCRIPTION_MAX} tegn.`);
  let summary = clean(record.summary) ?? '';
  if (summary.length > SUMMARY_MAX) error('summary', `Kort beskrivelse må højst være ${SUMMARY_MAX} tegn.`);
  // Search results show the summary: without one, the description's first sentence stands in.
  if (!summary && description) summary = firstSentence(description);
  const texts: [string, string, string | undefined][] = [
    ['applicationProcess', 'Sådan kommer man i gang', record.applicationProcess],
    ['eligibility', 'Hvem er tilbuddet for', record.eligibilityDescription],
    ['schedule', 'Tidspunkt', record.scheduleDescription],
    ['price', 'Pris', record.price],
  ];
  for (const [field, label, value] of texts) {
    if ((clean(value)?.length ?? 0) > TEXT_MAX) error(field, `${label} må højst være ${TEXT_MAX} tegn.`);
  }

  const email = clean(record.email)?.toLowerCase();
  if (email && !isEmail(email)) error('email', `E-mail «${email}» er ikke en gyldig e-mailadresse.`);
  const rawPhone = clean(record.phone);
  const phone = rawPhone ? normalPhone(rawPhone) : undefined;
  if (rawPhone && !phone)
    error('phone', `Telefon «${rawPhone}» er ikke et telefonnummer med 8 cifre, evt. med +45.`);
  const rawUrl = clean(record.url);
  let url: string | undefined;
  if (rawUrl) {
    const normal = normalUrl(rawUrl);
    url = normal.url;
    if (!url) error('url', `Hjemmeside «${rawUrl}» er ikke en webadresse (fx https://forening.dk).`);
    else if (normal.added) warning('url', `Hjemmeside «${rawUrl}» er læst som ${url}.`);
  }

  const ages = checkAges(record, error);
  const locations = record.locations.flatMap((location, index) =>
    checkLocation(location, index, record.locations.length, error, warning),
  );
  const contacts = record.contacts.flatMap((contact, index) => {
    const contactEmail = clean(contact.email)?.toLowerCase();
    const rawContactPhone = clean(contact.phone);
    const contactPhone = rawContactPhone ? normalPhone(rawContactPhone) : undefined;
    const label = record.contacts.length > 1 ? `Kontaktperson ${index + 1}` : 'Kontaktperson';
    if (contactEmail && !isEmail(contactEmail))
      error('contactEmail', `${label}s e-mail «${contactEmail}» er ikke en gyldig e-mailadresse.`);
    if (rawContactPhone && !contactPhone)
      error('contactPhone', `${label}s telefon «${rawContactPhone}» er ikke et telefonnummer med 8 cifre.`);
    const contactName = clean(contact.name) ?? '';
    if (!contactName && !contactEmail && !contactPhone) return [];
    return [
      {
        name: contactName.slice(0, 200),
        title: (clean(contact.title) ?? '').slice(0, 200),
        email: contactEmail ?? null,
        phone: contactPhone ?? null,
      },
    ];
  });
  const schedules = record.schedules.flatMap((schedule, index) => {
    const days: string[] = (clean(schedule.byday) ?? '')
      .toUpperCase()
      .split(/\s*,\s*/)
      .filter(Boolean);
    const opens = TIME.exec(clean(schedule.opensAt) ?? '');
    const closes = TIME.exec(clean(schedule.closesAt) ?? '');
    if (days.length === 0 || !opens || !closes) return [];
    const label = `Tid ${index + 1}`;
    if (!days.every((day) => (WEEKDAYS as readonly string[]).includes(day))) {
      warning(
        'schedules',
        `${label}: ugedagene «${schedule.byday}» kendes ikke (brug MO, TU, WE, TH, FR, SA, SU); tiden er udeladt.`,
      );
      return [];
    }
    const opensAt = `${opens[1].padStart(2, '0')}:${opens[2]}`;
    const closesAt = `${closes[1].padStart(2, '0')}:${closes[2]}`;
    if (opensAt >= closesAt) {
      warning(
        'schedules',
        `${label}: sluttiden ${closesAt} ligger ikke efter starttiden ${opensAt}; tiden er udeladt.`,
      );
      return [];
    }
    const validFrom = clean(schedule.validFrom);
    const validTo = clean(schedule.validTo);
    return [
      {
        byday: days as Weekday[],
        opensAt,
        closesAt,
        validFrom: validFrom && DATE.test(validFrom) ? validFrom : null,
        validTo: validTo && DATE.test(validTo) ? validTo : null,
        description: (clean(schedule.description) ?? '').slice(0, 500),
      },
    ];
  });

  const languages = checkLanguages(record.languages, warning);
  const price = clean(record.price);
  const isFree = !price ? !record.feeAmount : FREE_WORDS.has(foldText(price));
  const feeAmount = isFree ? null : record.feeAmount ? Number(record.feeAmount) : amountOf(price ?? '');
  const status = checkStatus(record.status, warning);

  // Topics: chosen vocabularies become terms; an age group fills in missing ages; districts follow postcodes.
  const termIds = new Set<string>();
  for (const topic of record.topics) {
    const label = clean(topic.label);
    if (!label) continue;
    const vocabularyLabel = topic.vocabulary ? VOCABULARY_LABELS[topic.vocabulary] : 'Emne';
    const field = topic.vocabulary ? `topics.${topic.vocabulary}` : 'topics';
    const term = context.terms.find(label, topic.vocabulary);
    if (!term) {
      const suggestions = context.terms.closest(label, topic.vocabulary).map((candidate) => candidate.name);
      warning(
        field,
        suggestions.length > 0
          ? `${vocabularyLabel} «${label}» findes ikke i emnelisten og er udeladt. Mente du: ${suggestions.join(', ')}?`
          : `${vocabularyLabel} «${label}» findes ikke i emnelisten og er udeladt.`,
        suggestions,
      );
      continue;
    }
    if (term.vocabulary === 'age_group') {
      if (ages.minimum === null && ages.maximum === null) {
        ages.minimum = term.minimumAge;
        ages.maximum = term.maximumAge;
      }
      continue;
    }
    if (DERIVED_VOCABULARIES.includes(term.vocabulary)) continue;
    termIds.add(term.id);
  }

  if (problems.some((problem) => problem.severity === 'error') || !name || !organizationName)
    return { problems };
  const profileFields = checkProfileFields(record, warning);
  const attendingTypes: AttendingType[] =
    profileFields.attendingTypes ??
    (locations.length > 0 ? ['in_person'] : url ? ['online'] : phone ? ['phone'] : ['in_person']);
  const offer: ValidOffer = {
    externalId: clean(record.externalId) as string,
    organization: {
      externalId: clean(record.organization.externalId) ?? null,
      name: organizationName.slice(0, 200),
      description: (clean(record.organization.description) ?? '').slice(0, DESCRIPTION_MAX),
      email: validOrNull(clean(record.organization.email)?.toLowerCase(), isEmail),
      website: clean(record.organization.website)
        ? (normalUrl(clean(record.organization.website) as string).url ?? null)
        : null,
      phone: clean(record.organization.phone)
        ? (normalPhone(clean(record.organization.phone) as string) ?? null)
        : null,
      taxId: clean(record.organization.taxId) ?? null,
    },
    status,
    referralRequired: profileFields.referralRequired,
    anonymous: profileFields.anonymous,
    name,
    alternateName: clean(record.alternateName)?.slice(0, 200) ?? null,
    summary,
    description,
    url: url ?? null,
    email: email ?? null,
    phone: phone ?? null,
    applicationProcess: clean(record.applicationProcess) ?? '',
    eligibilityDescription: clean(record.eligibilityDescription) ?? '',
    isFree,
    feeAmount: feeAmount !== null && Number.isFinite(feeAmount) ? feeAmount : null,
    feesDescription: isFree ? '' : (price ?? ''),
    attendingTypes,
    languages,
    minimumAge: ages.minimum,
    maximumAge: ages.maximum,
    scheduleDescription: clean(record.scheduleDescription) ?? '',
    locations,
    contacts: contacts.slice(0, 10),
    schedules: schedules.slice(0, 30),
    termIds: [...termIds].sort(),
  };
  return { problems, offer, fingerprint: fingerprintOf(offer) };
}

/** What a row says, as a short hash: the same hash at the next import means nothing to change. */
export function fingerprintOf(offer: ValidOffer): string {
  return createHash('sha256').update(JSON.stringify(offer)).digest('base64url').slice(0, 32);
}

const validOrNull = (value: string | undefined, valid: (value: string) => boolean) =>
  value && valid(value) ? value : null;

function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length <= SUMMARY_MAX
    ? sentence.trim()
    : `${sentence.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
}

type Report = (field: string, message: string, suggestions?: string[]) => void;

function checkAges(record: ImportRecord, error: Report): { minimum: number | null; maximum: number | null } {
  let minimum: number | null = null;
  let maximum: number | null = null;
  const age = clean(record.age);
  if (age) {
    const range = ageRange(age);
    if (!range) error('age', `Alder «${age}» kan ikke læses; skriv fx 18-25, 60+ eller under 18.`);
    minimum = range?.minimum ?? null;
    maximum = range?.maximum ?? null;
  }
  for (const [field, label, value] of [
    ['minimumAge', 'Alder fra', record.minimumAge],
    ['maximumAge', 'Alder til', record.maximumAge],
  ] as const) {
    const text = clean(value);
    if (!text) continue;
    const number = Number(text);
    if (!Number.isInteger(number) || number < 0 || number > 130) {
      error(field, `${label} «${text}» skal være et helt antal år mellem 0 og 130.`);
      continue;
    }
    if (field === 'minimumAge') minimum = number;
    else maximum = number;
  }
  if (minimum !== null && maximum !== null && minimum > maximum) {
    error('maximumAge', `Alder til (${maximum}) skal være mindst lige så høj som Alder fra (${minimum}).`);
  }
  return { minimum, maximum };
}

function checkLocation(
  location: RecordLocation,
  index: number,
  count: number,
  error: Report,
  warning: Report,
): ValidOffer['locations'] {
  const label = count > 1 ? `Sted ${index + 1}: ` : '';
  const postalCode = clean(location.postalCode);
  const country = clean(location.country)?.toUpperCase();
  if (country && !['DK', 'DNK', 'DANMARK', 'DENMARK'].includes(country)) {
    warning('postalCode', `${label}Adressen ligger ikke i Danmark (land ${country}); stedet er udeladt.`);
    return [];
  }
  if (!postalCode) {
    if (clean(location.address1) || clean(location.city)) {
      error('postalCode', `${label}Postnr skal udfyldes, når der er en adresse.`);
    }
    return [];
  }
  const area = /^[0-9]{4}$/.test(postalCode) ? postcodeArea(postalCode) : undefined;
  if (!area) {
    error('postalCode', `${label}Postnr «${postalCode}» er ikke et dansk postnummer.`);
    return [];
  }
  let latitude = location.latitude ? Number(location.latitude) : null;
  let longitude = location.longitude ? Number(location.longitude) : null;
  // Coordinates outside Denmark are a mistake in the file: the postcode's centre is better.
  const inDenmark =
    latitude !== null &&
    longitude !== null &&
    latitude >= 54 &&
    latitude <= 58 &&
    longitude >= 7.5 &&
    longitude <= 15.5;
  if ((latitude !== null || longitude !== null) && !inDenmark) {
    warning(
      'locations',
      `${label}Koordinaterne (${location.latitude}, ${location.longitude}) ligger ikke i Danmark; postnummerets midte er brugt.`,
    );
    latitude = null;
    longitude = null;
  }
  return [
    {
      name: (clean(location.name) ?? '').slice(0, 200),
      address1: (clean(location.address1) ?? '').slice(0, 200),
      postalCode,
      city: clean(location.city) ?? area.name,
      latitude: latitude ?? area.latitude,
      longitude: longitude ?? area.longitude,
      transportation: (clean(location.transportation) ?? '').slice(0, TEXT_MAX),
    },
  ];
}

function checkLanguages(values: string[], warning: Report): string[] {
  const codes = new Set<string>();
  for (const value of values) {
    const folded = foldText(value).trim();
    const code = /^[a-z]{2}$/.test(folded)
      ? folded
      : (LANGUAGE_CODES[folded] ?? LANGUAGE_CODES[value.trim().toLowerCase()]);
    if (code) codes.add(code);
    else
      warning(
        'languages',
        `Sprog «${value}» kendes ikke; skriv sprogkoden (fx da, en, ar). Sproget er udeladt.`,
      );
  }
  return codes.size > 0 ? [...codes].slice(0, 20) : ['da'];
}

function checkStatus(value: string | undefined, warning: Report): LifecycleStatus {
  const text = clean(value);
  if (!text) return 'published';
  const status = STATUS_WORDS[foldText(text)];
  if (status) return status;
  warning(
    'status',
    `Status «${text}» kendes ikke (brug aktiv eller inaktiv); tilbuddet importeres som kladde.`,
  );
  return 'draft';
}
