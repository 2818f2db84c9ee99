import { VOCABULARIES, Vocabulary } from '../../../taxonomy/taxonomy.entity';
import { foldText } from '../../../search/query/fold-text';
import { emptyRecord, ImportRecord, RecordTopic } from '../import-record';

/** An HSDS 3.0 object as JSON gives it: values of any type, nested lists. */
export type HsdsObject = Record<string, unknown>;

/** Vocabulary names an HSDS taxonomy may carry for one of ours, Danish and English. */
const VOCABULARY_NAMES: Record<string, Vocabulary> = {
  udfordring: 'challenge',
  udfordringer: 'challenge',
  challenge: 'challenge',
  malgruppe: 'target_group',
  malgrupper: 'target_group',
  'target group': 'target_group',
  aktivitet: 'activity',
  aktiviteter: 'activity',
  activity: 'activity',
  aldersgruppe: 'age_group',
  'age group': 'age_group',
  bydel: 'district',
  district: 'district',
};

/** A value as text, or undefined when it is missing or empty. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = (typeof value === 'string' ? value : typeof value === 'object' ? '' : String(value)).trim();
  return text === '' ? undefined : text;
}

const listOf = (value: unknown): HsdsObject[] =>
  Array.isArray(value)
    ? value.filter((item): item is HsdsObject => typeof item === 'object' && item !== null)
    : [];

/** HSDS examples quote phone numbers twice (`"+44 1234 234567"` inside the field). */
const phoneOf = (phone: HsdsObject | undefined) => textOf(phone?.number)?.replace(/^"+|"+$/g, '');

function vocabularyOf(term: HsdsObject): Vocabulary | undefined {
  const detail =
    typeof term.taxonomy_detail === 'object' && term.taxonomy_detail
      ? (term.taxonomy_detail as HsdsObject)
      : {};
  for (const name of [textOf(term.taxonomy), textOf(detail.name)]) {
    if (!name) continue;
    const folded = foldText(name).replace(/_/g, ' ');
    if ((VOCABULARIES as readonly string[]).includes(name)) return name as Vocabulary;
    if (VOCABULARY_NAMES[folded]) return VOCABULARY_NAMES[folded];
  }
  return undefined;
}

function topicsOf(service: HsdsObject): RecordTopic[] {
  const topics: RecordTopic[] = [];
  for (const attribute of listOf(service.attributes)) {
    const term =
      typeof attribute.taxonomy_term === 'object' && attribute.taxonomy_term
        ? (attribute.taxonomy_term as HsdsObject)
        : undefined;
    const label = textOf(term?.name) ?? textOf(term?.code) ?? textOf(attribute.value);
    if (label) topics.push({ vocabulary: term ? vocabularyOf(term) : undefined, label });
  }
  return topics;
}

/**
 * An HSDS 3.0 `service` (as in service_full.json, or assembled from the tabular package) as an
 * import record. Places come from `service_at_locations` with their physical address; the phone
 * is the service's first; a cost option with an amount makes the offer paid.
 */
export function recordOfHsdsService(service: HsdsObject, row: number): ImportRecord {
  const record = emptyRecord(row);
  const organization = (
    typeof service.organization === 'object' && service.organization ? service.organization : {}
  ) as HsdsObject;
  record.externalId = textOf(service.id);
  record.organization = {
    externalId: textOf(organization.id) ?? textOf(service.organization_id),
    name: textOf(organization.name),
    description: textOf(organization.description),
    email: textOf(organization.email),
    website: textOf(organization.website),
    taxId: textOf(organization.tax_id),
  };
  record.name = textOf(service.name);
  record.alternateName = textOf(service.alternate_name);
  record.description = textOf(service.description);
  record.url = textOf(service.url);
  record.email = textOf(service.email);
  record.status = textOf(service.status);
  record.referralRequired = textOf(service.referral_required);
  record.anonymous = textOf(service.anonymous);
  record.channels = textOf(service.channels);
  record.applicationProcess = textOf(service.application_process);
  record.eligibilityDescription = textOf(service.eligibility_description);
  record.minimumAge = textOf(service.minimum_age);
  record.maximumAge = textOf(service.maximum_age);
  record.phone = phoneOf(listOf(service.phones)[0]);
  const costs = listOf(service.cost_options);
  const paid = costs.find((cost) => Number(textOf(cost.amount) ?? 0) > 0);
  const feesDescription = textOf(service.fees_description);
  if (paid) {
    record.feeAmount = textOf(paid.amount);
    record.price =
      feesDescription ??
      [textOf(paid.amount), textOf(paid.currency)?.toUpperCase(), textOf(paid.amount_description)]
        .filter(Boolean)
        .join(' ');
  } else if (feesDescription) {
    record.price = feesDescription;
  }
  record.languages = listOf(service.languages)
    .map((language) => textOf(language.code) ?? textOf(language.name))
    .filter((language): language is string => language !== undefined);
  record.contacts = listOf(service.contacts).map((contact) => ({
    name: textOf(contact.name),
    title: textOf(contact.title),
    email: textOf(contact.email),
    phone: phoneOf(listOf(contact.phones)[0]),
  }));
  record.schedules = listOf(service.schedules).map((schedule) => ({
    byday: textOf(schedule.byday),
    opensAt: textOf(schedule.opens_at),
    closesAt: textOf(schedule.closes_at),
    validFrom: textOf(schedule.valid_from),
    validTo: textOf(schedule.valid_to),
    description: textOf(schedule.description),
  }));
  record.scheduleDescription = record.schedules.map((schedule) => schedule.description).find(Boolean);
  for (const serviceAtLocation of listOf(service.service_at_locations)) {
    const location = (
      typeof serviceAtLocation.location === 'object' && serviceAtLocation.location
        ? serviceAtLocation.location
        : {}
    ) as HsdsObject;
    const addresses = listOf(location.addresses);
    const address =
      addresses.find((candidate) => textOf(candidate.address_type) === 'physical') ?? addresses[0];
    record.locations.push({
      name: textOf(location.name),
      address1: textOf(address?.address_1),
      postalCode: textOf(address?.postal_code),
      city: textOf(address?.city),
      country: textOf(address?.country),
      latitude: textOf(location.latitude),
      longitude: textOf(location.longitude),
      transportation: textOf(location.transportation),
    });
  }
  record.topics = topicsOf(service);
  return record;
}
