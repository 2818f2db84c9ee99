import { DANISH_POSTCODES, postcodeArea, PostcodeArea } from '@socialkompas/denmark';
import type { AttendingType, LifecycleStatus, OfferColumns, Weekday } from '@socialkompas/catalogue';
import {
  ACCESSIBILITY,
  ACTIVITIES,
  ActivityPhrases,
  CHALLENGE_SENTENCES,
  CHALLENGES,
  ChallengePhrases,
  FIRST_NAMES,
  LAST_NAMES,
  REMOTE_ACTIVITIES,
  STREETS,
  TARGET_GROUPS,
  TargetPhrases,
  TRANSPORTATION,
  VENUES,
} from './demo-phrases';
import { LOCAL_FOCUS, LOCAL_ORGANIZATION_NAMES, ORGANIZATION_TEMPLATES } from './demo-organizations';
import { DemoRandom, seedFrom } from './demo-random';
import { DAY_NAMES, describeSchedules, scheduleFor } from './demo-schedules';

/**
 * Demo organisations are named after real kinds of associations, so their addresses must not be
 * real: under the reserved .example top-level domain no link check or reminder mail of the demo
 * ever reaches a real association.
 */
const demoDomain = (domain: string) => `${domain}.example`;

/** "Today" for generated dates when none is given, so that a bare call is reproducible. */
export const DEMO_REFERENCE_DATE = '2026-01-01';

/** A district of the tenant: its name, the neighbourhoods it is also known by, and its postcodes. */
export interface DemoDistrict {
  code: string;
  name: string;
  synonyms?: string[];
  postcodes: string[];
}

export interface DemoCatalogueInput {
  tenantSlug: string;
  offerCount: number;
  seed: number;
  /** The tenant's districts. Without them, offers are placed in the postcodes of the tenant's town. */
  districts?: DemoDistrict[];
  /** "Today" (YYYY-MM-DD) for the generated dates; defaults to DEMO_REFERENCE_DATE. */
  referenceDate?: string;
}

export interface DemoOrganization {
  name: string;
  alternateName: string | null;
  description: string;
  email: string;
  website: string;
  phone: string;
  taxId: string;
}

export interface DemoLocation {
  name: string;
  address1: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
  accessibility: string;
  transportation: string;
}

export interface DemoSchedule {
  byday: Weekday[];
  opensAt: string;
  closesAt: string;
  description: string;
}

export interface DemoContact {
  name: string;
  title: string;
  email: string;
  phone: string;
}

/** The chosen vocabulary codes of an offer; age groups and districts are derived when indexed. */
export interface DemoTerms {
  challenge: string[];
  target_group: string[];
  activity: string[];
}

export interface DemoOffer extends OfferColumns {
  /** Index into `organizations`. */
  organization: number;
  status: LifecycleStatus;
  referralRequired: boolean;
  anonymous: boolean;
  assuredDate: string | null;
  assurerEmail: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  terms: DemoTerms;
  locations: DemoLocation[];
  schedules: DemoSchedule[];
  contacts: DemoContact[];
}

export interface DemoCatalogue {
  organizations: DemoOrganization[];
  offers: DemoOffer[];
}

/**
 * A realistic Danish catalogue for a tenant: organisations and their offers, as plain data.
 * Deterministic: the same input gives the same catalogue, byte for byte. With 700 offers or more,
 * every challenge, target group and activity, and every district, has at least one published offer.
 */
export function generateDemoCatalogue(input: DemoCatalogueInput): DemoCatalogue {
  if (!Number.isInteger(input.offerCount) || input.offerCount < 0) {
    throw new Error(`offerCount must be a whole number of at least 0, not ${input.offerCount}`);
  }
  const referenceDate = input.referenceDate ?? DEMO_REFERENCE_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || Number.isNaN(Date.parse(referenceDate))) {
    throw new Error(`referenceDate must be a date as YYYY-MM-DD, not ${referenceDate}`);
  }
  return new CatalogueGenerator(input, referenceDate).generate();
}

// ---------------------------------------------------------------------------------------------
// The tenant's area: its town's name and the postcodes (with their neighbourhoods) offers are in.

interface Place {
  postcode: string;
  /** Names of the postcode's part of town, for titles and venues. */
  names: string[];
  weight: number;
  district: string | null;
}

interface Area {
  city: string;
  /** The town's name folded to a-z and digits, for web domains. */
  town: string;
  places: Place[];
  byPostcode: Map<string, Place>;
  districts: { code: string; postcodes: string[] }[];
}

/** Lower case a-z and digits only, Danish letters spelt out: "Ældre Sagen" → "aeldresagen". */
function foldForAddress(text: string): string {
  return spelledOut(text).replace(/[^a-z0-9]+/g, '');
}

function slugOf(text: string): string {
  return spelledOut(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower case, Danish letters spelt out (æ → ae, ø → oe, å → aa) and other accents dropped. */
function spelledOut(text: string): string {
  const danish = text.toLocaleLowerCase('da').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  // Normalising is slow; most text needs none.
  return /[^ -~]/.test(danish) ? danish.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : danish;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
const lowerFirst = (text: string) =>
  /^[A-ZÆØÅ][a-zæøå]/.test(text) ? text.charAt(0).toLocaleLowerCase('da') + text.slice(1) : text;
const titleCase = (text: string) =>
  text.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** Where offers go when the tenant's town is not in the postcode table: around Aarhus C. */
const FALLBACK_POSTCODE = '8000';
const NEARBY_KM = 15;
const MAX_TOWN_POSTCODES = 10;

function areaOf(postcode: string): PostcodeArea {
  const area = postcodeArea(postcode);
  if (!area) throw new Error(`Unknown postcode ${postcode}`);
  return area;
}

function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const dLat = (a.latitude - b.latitude) * 111.32;
  const dLon = (a.longitude - b.longitude) * 111.32 * Math.cos((a.latitude * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}

/**
 * The tenant slug whose offers the generator places in the town of a postcode's area (the first
 * word of its name, folded): "Silkeborg" → "silkeborg", "Århus N" → "aarhus".
 */
export function townSlug(area: PostcodeArea): string {
  return foldForAddress(area.name.split(' ')[0]);
}

function tenantArea(slug: string, districts: DemoDistrict[]): Area {
  const folded = foldForAddress(slug);
  const townMatches = DANISH_POSTCODES.filter((area) => townSlug(area) === folded);
  const city = townMatches.length
    ? townMatches[0].name.split(' ')[0]
    : titleCase(slug.replace(/_/g, ' ').toLocaleLowerCase('da'));
  const places: Place[] = [];
  const known = districts
    .map((district) => ({ ...district, postcodes: district.postcodes.filter((code) => postcodeArea(code)) }))
    .filter((district) => district.postcodes.length > 0);
  if (known.length > 0) {
    known.forEach((district, index) => {
      const districtWeight = index === 0 ? 4 : index < 5 ? 2 : 1;
      const neighbourhoods = (district.synonyms ?? []).filter((synonym) =>
        isPlaceName(synonym, district.name),
      );
      for (const postcode of district.postcodes) {
        const areaName = postcodeArea(postcode)?.name ?? district.name;
        places.push({
          postcode,
          names: [...new Set([district.name, areaName, ...neighbourhoods.map(titleCase)])],
          weight: districtWeight / district.postcodes.length,
          district: district.code,
        });
      }
    });
  } else {
    const anchor = townMatches[0] ?? areaOf(FALLBACK_POSTCODE);
    // The nearest postcodes, one for each name (central Copenhagen has many for one name).
    const names = new Set<string>();
    const nearby = DANISH_POSTCODES.map((area) => ({ area, km: distanceKm(area, anchor) }))
      .filter(({ km }) => km <= NEARBY_KM)
      .sort((a, b) => a.km - b.km || a.area.postcode.localeCompare(b.area.postcode))
      .filter(({ area }) => !names.has(area.name) && names.add(area.name))
      .slice(0, MAX_TOWN_POSTCODES);
    nearby.forEach(({ area }, index) =>
      places.push({
        postcode: area.postcode,
        names: [area.name],
        weight: index === 0 ? 4 : 1,
        district: null,
      }),
    );
  }
  return {
    city,
    town: foldForAddress(city),
    places,
    byPostcode: new Map(places.map((place) => [place.postcode, place])),
    districts: known.map((district) => ({ code: district.code, postcodes: district.postcodes })),
  };
}

/** Synonyms of districts that are not neighbourhoods one lives in. */
const NOT_NEIGHBOURHOODS = ['centrum', 'moesgård'];

/** A district synonym that names a neighbourhood ("gellerup"), not a spelling of the district's name. */
function isPlaceName(synonym: string, districtName: string): boolean {
  const folded = foldForAddress(synonym);
  return (
    /^[\p{L}-]{4,}$/u.test(synonym) &&
    !NOT_NEIGHBOURHOODS.includes(synonym) &&
    folded !== foldForAddress(districtName) &&
    folded !== foldForAddress(districtName.split(' ')[0])
  );
}

// ---------------------------------------------------------------------------------------------
// Organisations.

interface OrganizationDraft extends DemoOrganization {
  domain: string;
  municipal: boolean;
  focus: Set<string>;
  /** The target groups among its focus. */
  targets: Set<string>;
  /** The only activities it runs, if it does one thing. */
  only: string[] | null;
  home: { place: Place; address: string };
  local: boolean;
}

/** A CVR-like number: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
function cvrNumber(random: DemoRandom, used: Set<string>): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [random.int(1, 9), ...Array.from({ length: 6 }, () => random.int(0, 9))];
    const sum = digits.reduce((total, digit, index) => total + digit * weights[index], 0);
    const check = (11 - (sum % 11)) % 11;
    const number = `${digits.join('')}${check}`;
    if (check < 10 && !used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

const MOBILE_PREFIXES = '20 21 22 23 24 25 26 28 30 31 40 42 50 51 53 60 61 71 81 91 93'.split(' ');
const LANDLINE_PREFIXES = ['70', '86', '87', '89'];

function phoneNumber(random: DemoRandom, prefixes: readonly string[]): string {
  const pair = () => String(random.int(0, 99)).padStart(2, '0');
  return `+45 ${random.pick(prefixes)} ${pair()} ${pair()} ${pair()}`;
}

function streetAddress(random: DemoRandom): string {
  const address = `${random.pick(STREETS)} ${random.int(1, 140)}`;
  return random.chance(0.15) ? `${address}, ${random.int(1, 3)}. sal` : address;
}

// ---------------------------------------------------------------------------------------------
// Offers.

type Mode = 'in_person' | 'online' | 'phone' | 'in_person_phone' | 'in_person_online' | 'online_phone';

const MODES: Record<Mode, number> = {
  in_person: 75,
  online: 9,
  phone: 9,
  in_person_phone: 4,
  in_person_online: 2,
  online_phone: 1,
};

const ATTENDING: Record<Mode, AttendingType[]> = {
  in_person: ['in_person'],
  online: ['online'],
  phone: ['phone'],
  in_person_phone: ['in_person', 'phone'],
  in_person_online: ['in_person', 'online'],
  online_phone: ['online', 'phone'],
};

/** Associations may ask for a membership fee; advice, lines and chats are free. */
const MEMBERSHIP_FEE = { chance: 0.08, amounts: [50, 100, 150, 200], text: 'Kontingent {a} kr. om året' };
const FREE_BY_NATURE: ActivityPhrases['schedule'][] = ['advice', 'line', 'chat', 'appointment'];

const STATUSES: Record<LifecycleStatus, number> = { published: 88, in_review: 5, draft: 4, archived: 3 };

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'engelsk',
  ar: 'arabisk',
  uk: 'ukrainsk',
  so: 'somali',
  tr: 'tyrkisk',
};

/** What the coverage guarantee pins on an offer: one vocabulary term or one district. */
interface Slot {
  challenge?: string;
  activity?: string;
  target?: string;
  district?: string;
}

const challengeByCode = new Map(CHALLENGES.map((challenge) => [challenge.code, challenge]));
const activityByCode = new Map(ACTIVITIES.map((activity) => [activity.code, activity]));
const targetByCode = new Map(TARGET_GROUPS.map((target) => [target.code, target]));
const REMOTE_LINES = ['telefonraadgivning', 'chatraadgivning'];

function lookup<T>(map: Map<string, T>, code: string): T {
  const found = map.get(code);
  if (!found) throw new Error(`Unknown demo vocabulary code "${code}"`);
  return found;
}

const suits = (activity: ActivityPhrases, target: string) =>
  !activity.targets || activity.targets.includes(target);

/** Target groups of the challenge that an activity suits. */
const targetsFor = (challenge: ChallengePhrases, activity: ActivityPhrases) =>
  challenge.targets.filter((target) => suits(activity, target));

/** The people an offer is for, in the words of its title and text. */
interface Audience {
  codes: string[];
  /** "unge kvinder" */
  who: string;
  /** The group that is not an age group, if any: it decides the relational wording. */
  group: TargetPhrases | null;
  minimumAge: number | null;
  maximumAge: number | null;
}

class CatalogueGenerator {
  private readonly random: DemoRandom;
  private readonly area: Area;
  private readonly referenceMs: number;
  private readonly organizations: OrganizationDraft[] = [];
  private readonly localOrganizations: number[] = [];
  private readonly organizationsByFocus = new Map<string, number[]>();
  private readonly titles = new Set<string>();
  private readonly teams = new Map<string, number>();
  private readonly taxIds = new Set<string>();

  constructor(
    private readonly input: DemoCatalogueInput,
    referenceDate: string,
  ) {
    this.random = new DemoRandom(seedFrom('socialkompas-demo', input.tenantSlug, input.seed));
    this.area = tenantArea(input.tenantSlug, input.districts ?? []);
    this.referenceMs = Date.parse(`${referenceDate}T00:00:00Z`);
  }

  generate(): DemoCatalogue {
    this.createOrganizations();
    const slots = this.coverageSlots();
    const offers = Array.from({ length: this.input.offerCount }, (_, index) => this.offer(slots.get(index)));
    // Only organisations with offers are part of the catalogue.
    const used = [...new Set(offers.map((offer) => offer.organization))].sort((a, b) => a - b);
    const renumbered: number[] = [];
    used.forEach((index, position) => (renumbered[index] = position));
    return {
      organizations: used.map((index) => {
        const { name, alternateName, description, email, website, phone, taxId } = this.organizations[index];
        return { name, alternateName, description, email, website, phone, taxId };
      }),
      offers: offers.map((offer) => ({ ...offer, organization: renumbered[offer.organization] })),
    };
  }

  // --- organisations ---------------------------------------------------------------------------

  private createOrganizations(): void {
    const { city, town } = this.area;
    for (const template of ORGANIZATION_TEMPLATES) {
      const name = template.name(city);
      const domain = demoDomain(template.domain(town));
      const unit = name.includes(', ') ? name.slice(name.indexOf(', ') + 2) : '';
      this.addOrganization({
        name,
        alternateName: template.alternateName ?? null,
        description: template.description(city),
        domain,
        website: template.municipal
          ? `https://www.${domain}/${slugOf(unit)}`
          : template.branch
            ? `https://www.${domain}/${town}`
            : `https://www.${domain}`,
        email: template.municipal
          ? `${foldForAddress(unit)}@${domain}`
          : template.branch
            ? `${town}@${domain}`
            : `${this.random.pick(['info', 'kontakt'])}@${domain}`,
        municipal: template.municipal ?? false,
        focus: template.focus,
        only: template.only,
        local: false,
        place: this.weightedPlace(),
      });
    }
    // Local associations, as many as the catalogue's size calls for.
    const wanted = Math.max(4, Math.round(this.input.offerCount / 60));
    const names = new Set<string>();
    const possible =
      LOCAL_ORGANIZATION_NAMES.length * this.area.places.reduce((n, p) => n + p.names.length, 0);
    for (let attempt = 0; names.size < Math.min(wanted, possible) && attempt < wanted * 20; attempt++) {
      const place = this.random.pick(this.area.places);
      const name = this.random
        .pick(LOCAL_ORGANIZATION_NAMES)
        .replace('{place}', this.random.pick(place.names));
      if (names.has(name)) continue;
      names.add(name);
      const domain = demoDomain(`${foldForAddress(name)}.dk`);
      this.addOrganization({
        name,
        alternateName: null,
        description: `${name} er en lokal forening, der skaber fællesskab og hjælper naboer i ${place.names[0]} med frivillige kræfter.`,
        domain,
        website: `https://www.${domain}`,
        email: `${this.random.pick(['info', 'kontakt', 'hej'])}@${domain}`,
        municipal: false,
        focus: LOCAL_FOCUS,
        local: true,
        place,
      });
    }
  }

  private addOrganization(draft: {
    name: string;
    alternateName: string | null;
    description: string;
    domain: string;
    website: string;
    email: string;
    municipal: boolean;
    focus: string[];
    only?: string[];
    local: boolean;
    place: Place;
  }): void {
    const index = this.organizations.length;
    this.organizations.push({
      ...draft,
      phone: phoneNumber(this.random, LANDLINE_PREFIXES),
      taxId: cvrNumber(this.random, this.taxIds),
      focus: new Set(draft.focus),
      targets: new Set(draft.focus.filter((code) => targetByCode.has(code))),
      only: draft.only ?? null,
      home: { place: draft.place, address: streetAddress(this.random) },
    });
    if (draft.local) {
      this.localOrganizations.push(index);
      return;
    }
    for (const code of draft.focus) {
      const list = this.organizationsByFocus.get(code) ?? [];
      list.push(index);
      this.organizationsByFocus.set(code, list);
    }
  }

  /** The organisation that most plausibly runs an offer with these terms. */
  private chooseOrganization(terms: DemoTerms): number {
    const random = this.random;
    const [challenge] = terms.challenge;
    // Local associations do everyday community, mostly against loneliness.
    const local = LOCAL_FOCUS.includes(challenge) ? 0.4 : LOCAL_FOCUS.includes(terms.activity[0]) ? 0.12 : 0;
    if (this.localOrganizations.length > 0 && random.chance(local)) {
      return random.pick(this.localOrganizations);
    }
    const overlap = (index: number) =>
      [...terms.activity, ...terms.target_group].filter((code) => this.organizations[index].focus.has(code))
        .length;
    // An organisation for particular people (students, children) rarely runs offers for others.
    const forOthers = (index: number) => {
      const { targets, only } = this.organizations[index];
      return (
        (targets.size > 0 && !terms.target_group.some((code) => targets.has(code))) ||
        (only !== null && !only.includes(terms.activity[0]))
      );
    };
    const specialists = this.organizationsByFocus.get(challenge) ?? [];
    if (specialists.length > 0 && !random.chance(0.05)) {
      return random.weighted(
        specialists,
        (index) => (3 + overlap(index)) ** 2 * (forOthers(index) ? 0.1 : 1),
      );
    }
    // The municipality and the volunteer centre take the rest.
    const municipal = this.organizations.flatMap((organization, index) =>
      organization.municipal && overlap(index) > 0 ? [index] : [],
    );
    if (municipal.length > 0 && random.chance(0.6)) return random.pick(municipal);
    const volunteerCentre = this.organizations.findIndex(
      (organization) => !organization.local && organization.focus.has('frivilligt-arbejde'),
    );
    return Math.max(0, volunteerCentre);
  }

  // --- the coverage guarantee ------------------------------------------------------------------

  /** Spreads one offer per term and per district evenly over the catalogue, all published. */
  private coverageSlots(): Map<number, Slot> {
    const slots: Slot[] = [
      ...CHALLENGES.map((challenge) => ({ challenge: challenge.code })),
      ...ACTIVITIES.map((activity) => ({ activity: activity.code })),
      ...TARGET_GROUPS.map((target) => ({ target: target.code })),
      ...this.area.districts.map((district) => ({ district: district.code })),
    ];
    const byIndex = new Map<number, Slot>();
    slots.forEach((slot, position) =>
      byIndex.set(Math.floor((position * this.input.offerCount) / slots.length), slot),
    );
    return byIndex;
  }

  // --- one offer -------------------------------------------------------------------------------

  private offer(slot: Slot | undefined): DemoOffer {
    const random = this.random;
    const status: LifecycleStatus = slot ? 'published' : random.choice(STATUSES);
    const mode: Mode =
      slot?.activity === 'telefonraadgivning'
        ? 'phone'
        : slot?.activity === 'chatraadgivning'
          ? 'online'
          : slot && !slot.challenge
            ? 'in_person'
            : random.choice(MODES);
    const attendingTypes = ATTENDING[mode];
    const inPerson = attendingTypes.includes('in_person');

    const challenge = this.chooseChallenge(slot);
    const activities = this.chooseActivities(challenge, mode, slot);
    const primary = lookup(activityByCode, activities[0]);
    const audience = this.chooseAudience(challenge, primary, slot?.target);
    const secondChallenge =
      random.chance(0.3) && challenge.related.length > 0 ? random.pick(challenge.related) : null;
    // A second activity only if it suits the same people.
    if (activities.length === 1 && random.chance(0.2)) {
      const companion = random.pick(primary.companions);
      const activity = lookup(activityByCode, companion);
      const fitsMode =
        (companion !== 'telefonraadgivning' || attendingTypes.includes('phone')) &&
        (companion !== 'chatraadgivning' || attendingTypes.includes('online'));
      if (fitsMode && audience.codes.every((code) => suits(activity, code))) activities.push(companion);
    }
    const terms: DemoTerms = {
      challenge: secondChallenge ? [challenge.code, secondChallenge] : [challenge.code],
      target_group: audience.codes,
      activity: activities,
    };
    const organizationIndex = this.chooseOrganization(terms);
    const organization = this.organizations[organizationIndex];

    const locations = inPerson ? this.locations(organization, slot?.district) : [];
    const agesOf = audience.codes.map((code) => lookup(targetByCode, code));
    const schedule = scheduleFor(primary.schedule, random, {
      elderly: agesOf.some((target) => target.code === 'aeldre'),
      children: agesOf.some((target) => target.code === 'boern'),
    });
    const scheduleDescription = schedule.fixedDescription ?? describeSchedules(schedule.schedules);

    const anonymous =
      activities[0] === 'chatraadgivning' ||
      random.chance(
        mode === 'phone' || mode === 'online_phone'
          ? 0.7
          : mode === 'online'
            ? 0.6
            : primary.code === 'selvhjaelpsgruppe'
              ? 0.3
              : 0.03,
      );
    const fee = primary.paid ?? (FREE_BY_NATURE.includes(primary.schedule) ? null : MEMBERSHIP_FEE);
    const paid = !anonymous && fee && random.chance(fee.chance) ? fee : null;
    const feeAmount = paid ? random.pick(paid.amounts) : null;
    const feesDescription =
      paid && feeAmount !== null ? paid.text.replace('{a}', danishNumber(feeAmount)) : '';
    const referralRequired = random.chance(
      primary.code === 'psykologhjaelp'
        ? 0.4
        : primary.code === 'mentorordning'
          ? 0.25
          : organization.municipal
            ? 0.25
            : 0.06,
    );
    const languages = this.languages(audience, mode);

    const name = this.title(challenge, primary, audience, mode, organizationIndex, locations);
    const alternateName =
      schedule.schedules.length === 1 &&
      schedule.schedules[0].byday.length === 1 &&
      ['group', 'meal', 'exercise'].includes(primary.schedule) &&
      random.chance(0.08)
        ? `${capitalise(DAY_NAMES[schedule.schedules[0].byday[0]])}s${random.pick(['klubben', 'holdet', 'caféen'])}`
        : null;

    const contact = this.contact(organization, primary);
    const phoneLine = activities.includes('telefonraadgivning')
      ? `+45 70 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`
      : null;
    const dates = this.dates(status);

    const texts = this.texts({
      challenge,
      activities: activities.map((code) => lookup(activityByCode, code)),
      audience,
      organization,
      scheduleDescription,
      place: locations[0] ? locations[0].city : null,
      isFree: !paid,
      feesDescription,
      referralRequired,
      anonymous,
      languages,
      contact,
      phone: phoneLine ?? organization.phone,
      accessibility: locations[0]?.accessibility ?? '',
    });

    return {
      organization: organizationIndex,
      status,
      name,
      alternateName,
      summary: texts.summary,
      description: texts.description,
      url: random.chance(0.85) ? `${organization.website}/${slugOf(name)}` : null,
      email: random.chance(0.5) ? organization.email : null,
      phone: phoneLine ?? (random.chance(0.4) ? organization.phone : null),
      applicationProcess: texts.applicationProcess,
      eligibilityDescription: texts.eligibility,
      isFree: !paid,
      feeAmount,
      feesDescription,
      referralRequired,
      anonymous,
      attendingTypes,
      languages,
      minimumAge: audience.minimumAge,
      maximumAge: audience.maximumAge,
      scheduleDescription,
      assuredDate: dates.assuredDate,
      assurerEmail: dates.assuredDate ? (random.chance(0.7) ? contact.email : organization.email) : null,
      publishedAt: dates.publishedAt,
      createdAt: dates.createdAt,
      updatedAt: dates.updatedAt,
      terms,
      locations,
      schedules: schedule.schedules,
      contacts: [contact],
    };
  }

  private chooseChallenge(slot: Slot | undefined): ChallengePhrases {
    const random = this.random;
    const byWeight = (candidates: ChallengePhrases[]) => random.weighted(candidates, (c) => c.weight);
    if (slot?.challenge) return lookup(challengeByCode, slot.challenge);
    const { activity, target } = slot ?? {};
    if (activity && !REMOTE_LINES.includes(activity)) {
      return byWeight(CHALLENGES.filter((challenge) => challenge.activities.includes(activity)));
    }
    if (target) {
      return byWeight(
        CHALLENGES.filter((challenge) =>
          challenge.activities.some(
            (code) => challenge.targets.includes(target) && suits(lookup(activityByCode, code), target),
          ),
        ),
      );
    }
    return byWeight(CHALLENGES);
  }

  private chooseActivities(challenge: ChallengePhrases, mode: Mode, slot: Slot | undefined): string[] {
    const random = this.random;
    if (slot?.activity) return [slot.activity];
    if (mode === 'online_phone') return ['telefonraadgivning', 'chatraadgivning'];
    if (mode === 'phone' || mode === 'online') {
      const line = mode === 'phone' ? 'telefonraadgivning' : 'chatraadgivning';
      const others = REMOTE_ACTIVITIES[mode].filter((code) => challenge.activities.includes(code));
      return [others.length > 0 && random.chance(0.35) ? random.pick(others) : line];
    }
    const target = slot?.target;
    const candidates = target
      ? challenge.activities.filter((code) => suits(lookup(activityByCode, code), target))
      : challenge.activities;
    const activities = [random.pick(candidates)];
    if (mode === 'in_person_phone' && random.chance(0.5)) activities.push('telefonraadgivning');
    if (mode === 'in_person_online' && random.chance(0.4)) activities.push('chatraadgivning');
    return activities;
  }

  private chooseAudience(challenge: ChallengePhrases, activity: ActivityPhrases, pinned?: string): Audience {
    const random = this.random;
    const candidates = targetsFor(challenge, activity);
    const pool = candidates.length > 0 ? candidates : (activity.targets ?? challenge.targets);
    const first = lookup(
      targetByCode,
      pinned ?? random.weighted(pool, (code) => Math.max(1, 3 - challenge.targets.indexOf(code))),
    );
    let ageGroup = first.age ? first : null;
    let group = first.age ? null : first;
    const relational = (target: TargetPhrases) =>
      target.relation && !challenge.own?.includes(target.code) && !challenge.implied?.includes(target.code);
    if (random.chance(0.3) && !(relational(first) && first.relation?.ageless)) {
      const partners = pool
        .map((code) => lookup(targetByCode, code))
        .filter((target) =>
          first.age
            ? !target.age &&
              target.combinesWith?.includes(first.code) &&
              !(relational(target) && target.relation?.ageless)
            : first.combinesWith?.includes(target.code),
        );
      if (partners.length > 0) {
        const partner = random.pick(partners);
        if (partner.age) ageGroup = partner;
        else group = partner;
      }
    }
    const agePlural = ageGroup ? random.pick(ageGroup.plural) : null;
    const who =
      group && agePlural
        ? (group.combine ?? '{age}').replace('{age}', agePlural)
        : (agePlural ?? random.pick((group ?? first).plural));
    const [minimumAge, maximumAge] = random.pick((ageGroup ?? group ?? first).ages);
    const codes = [ageGroup, group].flatMap((target) => (target ? [target.code] : []));
    // The pinned group first, so that coverage reads as intended.
    codes.sort((a, b) => (a === first.code ? -1 : b === first.code ? 1 : 0));
    return { codes, who, group, minimumAge, maximumAge };
  }

  private languages(audience: Audience, mode: Mode): string[] {
    const random = this.random;
    if (audience.codes.includes('flygtninge-og-indvandrere') && random.chance(0.6)) {
      return ['da', ...random.sample(['ar', 'uk', 'so', 'tr', 'en'], random.int(1, 2))];
    }
    if (random.chance(mode === 'in_person' ? 0.1 : 0.25)) return ['da', 'en'];
    if (random.chance(0.02)) return ['da', random.pick(['ar', 'uk', 'so', 'tr'])];
    return ['da'];
  }

  // --- places ----------------------------------------------------------------------------------

  private weightedPlace(): Place {
    return this.random.weighted(this.area.places, (place) => place.weight);
  }

  private locations(organization: OrganizationDraft, district: string | undefined): DemoLocation[] {
    const random = this.random;
    const pinned = district ? this.area.places.filter((place) => place.district === district) : [];
    const atHome = pinned.length === 0 && random.chance(0.5);
    const first = atHome
      ? organization.home.place
      : pinned.length
        ? random.pick(pinned)
        : this.weightedPlace();
    const locations = [
      this.location(first, atHome ? { name: organization.name, address: organization.home.address } : null),
    ];
    if (random.chance(0.1) && this.area.places.length > 1) {
      const second = this.weightedPlace();
      if (second.postcode !== first.postcode) locations.push(this.location(second, null));
    }
    return locations;
  }

  private location(place: Place, home: { name: string; address: string } | null): DemoLocation {
    const random = this.random;
    const centre = areaOf(place.postcode);
    // Within about 1.5 km of the postcode's centre, evenly over the disc.
    const km = 1.5 * Math.sqrt(random.next());
    const angle = 2 * Math.PI * random.next();
    const latitude = centre.latitude + (km * Math.cos(angle)) / 111.32;
    const longitude =
      centre.longitude + (km * Math.sin(angle)) / (111.32 * Math.cos((centre.latitude * Math.PI) / 180));
    return {
      name: home ? home.name : random.pick(VENUES).replace('{place}', random.pick(place.names)),
      address1: home ? home.address : streetAddress(random),
      postalCode: place.postcode,
      city: centre.name,
      latitude: Math.round(latitude * 1e5) / 1e5,
      longitude: Math.round(longitude * 1e5) / 1e5,
      accessibility: random.chance(0.6) ? random.pick(ACCESSIBILITY) : '',
      transportation: random.chance(0.5) ? random.pick(TRANSPORTATION) : '',
    };
  }

  // --- words -----------------------------------------------------------------------------------

  /** Whether the audience is someone else's relative ("pårørende til mennesker med demens"). */
  private relational(challenge: ChallengePhrases, audience: Audience): TargetPhrases['relation'] | null {
    const group = audience.group;
    if (!group?.relation || challenge.own?.includes(group.code) || challenge.implied?.includes(group.code)) {
      return null;
    }
    return group.relation;
  }

  /** The audience with the challenge, as a title says it: "unge med angst", "ensomme ældre". */
  private qualifiedAudience(challenge: ChallengePhrases, audience: Audience, groupHead: boolean): string {
    const { who } = audience;
    if (groupHead || audience.codes.some((code) => challenge.implied?.includes(code))) return who;
    const relation = this.relational(challenge, audience);
    if (relation) return challenge.qualifier ? `${who} ${relation.title}${joined(challenge.qualifier)}` : who;
    if (challenge.adjective && (!challenge.qualifier || this.random.chance(0.6))) {
      return `${challenge.adjective} ${who}`;
    }
    return challenge.qualifier ? `${who}${joined(challenge.qualifier)}` : who;
  }

  /** A relative clause about the audience: "der lever med angst", "der har et barn med ADHD". */
  private clause(challenge: ChallengePhrases, audience: Audience, person: 'they' | 'you'): string {
    const relation = this.relational(challenge, audience);
    if (relation && challenge.qualifier) return `${relation.clause}${joined(challenge.qualifier)}`;
    return challenge[person];
  }

  private title(
    challenge: ChallengePhrases,
    activity: ActivityPhrases,
    audience: Audience,
    mode: Mode,
    organization: number,
    locations: DemoLocation[],
  ): string {
    const random = this.random;
    const compose = () => {
      const groupHead =
        challenge.group &&
        !this.relational(challenge, audience) &&
        (challenge.groupActivities ?? ['samtalegruppe', 'selvhjaelpsgruppe']).includes(activity.code) &&
        random.chance(0.5)
          ? challenge.group
          : null;
      let head = groupHead ?? random.pick(activity.heads);
      if (mode === 'online' && !activity.topical && !head.startsWith('Online'))
        head = `Online ${lowerFirst(head)}`;
      if (activity.topical && !groupHead && random.chance(0.4)) {
        return random.chance(0.3)
          ? `${head} om ${challenge.about} for ${audience.who}`
          : `${head} om ${challenge.about}`;
      }
      return `${head} ${activity.preposition} ${this.qualifiedAudience(challenge, audience, groupHead !== null)}`;
    };
    const place = () =>
      random.pick(this.area.byPostcode.get(locations[0].postalCode)?.names ?? [locations[0].city]);
    const taken = (title: string) =>
      this.titles.has(`${organization}|${title}`) ||
      locations.some((location) => this.titles.has(`${location.postalCode}|${title}`));

    let title = compose();
    if (locations.length > 0 && random.chance(0.12)) title = `${title} i ${place()}`;
    for (let attempt = 0; taken(title) && attempt < 6; attempt++) title = compose();
    if (taken(title) && locations.length > 0) title = `${title} i ${place()}`;
    if (taken(title)) {
      // Another team of the same offer; numbered on from the last one, so this stays quick.
      const base = title;
      let team = this.teams.get(base) ?? 2;
      while (taken(`${base} – hold ${team}`)) team++;
      title = `${base} – hold ${team}`;
      this.teams.set(base, team + 1);
    }

    this.titles.add(`${organization}|${title}`);
    for (const location of locations) this.titles.add(`${location.postalCode}|${title}`);
    return capitalise(title);
  }

  private contact(organization: OrganizationDraft, activity: ActivityPhrases): DemoContact {
    const random = this.random;
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const titles = organization.municipal
      ? ['Konsulent', 'Socialrådgiver', 'Teamleder', 'Koordinator']
      : (activity.contactTitles ?? ['Frivilligkoordinator']);
    return {
      name: `${first} ${last}`,
      title: random.pick(titles),
      email: `${foldForAddress(first)}.${foldForAddress(last)}@${organization.domain}`,
      phone: phoneNumber(random, MOBILE_PREFIXES),
    };
  }

  private dates(status: LifecycleStatus) {
    const random = this.random;
    const at = (daysAgo: number, fromHour: number, toHour: number) =>
      new Date(
        this.referenceMs - daysAgo * 86_400_000 + random.int(fromHour * 60, toHour * 60 - 1) * 60_000,
      ).toISOString();
    if (status === 'draft' || status === 'in_review') {
      const created = random.int(1, 90);
      return {
        assuredDate: null,
        publishedAt: null,
        createdAt: at(created, 8, 10),
        updatedAt: at(random.int(1, created), 13, 16),
      };
    }
    // Most offers were confirmed within the last half year; some are stale.
    const assured =
      status === 'archived'
        ? random.int(120, 400)
        : random.chance(0.7)
          ? random.int(0, 180)
          : random.int(181, 400);
    const published = Math.max(1, assured + random.int(0, 300));
    const created = published + random.int(0, 14);
    return {
      assuredDate: new Date(this.referenceMs - assured * 86_400_000).toISOString().slice(0, 10),
      publishedAt: at(published, 10, 12),
      createdAt: at(created, 8, 10),
      updatedAt: at(Math.max(1, status === 'archived' ? random.int(1, assured) : assured), 13, 16),
    };
  }

  private texts(offer: {
    challenge: ChallengePhrases;
    activities: ActivityPhrases[];
    audience: Audience;
    organization: OrganizationDraft;
    scheduleDescription: string;
    place: string | null;
    isFree: boolean;
    feesDescription: string;
    referralRequired: boolean;
    anonymous: boolean;
    languages: string[];
    contact: DemoContact;
    phone: string;
    accessibility: string;
  }) {
    const random = this.random;
    const { challenge, audience, activities } = offer;
    const [primary] = activities;
    const [word, otherWord] = random.sample(challenge.words, 2);
    const fill = (sentence: string) =>
      sentence
        .replace('{w}', word)
        .replace('{v}', otherWord ?? word)
        .replace('{n}', String(random.pick([6, 8, 10])))
        .replace('{about}', challenge.about);
    const they = this.clause(challenge, audience, 'they');
    const you = this.clause(challenge, audience, 'you');
    const relational = this.relational(challenge, audience) !== null;
    const firstName = offer.contact.name.split(' ')[0];

    const openings = [
      `Tilbuddet er for ${audience.who}, ${they}.`,
      `Tilbuddet henvender sig til dig, ${you}.`,
      `${offer.organization.name} står bag tilbuddet, som er for ${audience.who}, ${they}.`,
    ];
    if (!relational && !challenge.implied?.some((code) => audience.codes.includes(code))) {
      openings.push(
        `Mange ${audience.who} kender til ${challenge.about} – og det kan være svært at stå alene med.`,
      );
    }
    const sentences = [random.pick(openings)];
    sentences.push(...random.sample(primary.what, random.int(1, 2)).map(fill));
    if (activities[1] && random.chance(0.5)) sentences.push(fill(random.pick(activities[1].what)));
    if (random.chance(0.6)) sentences.push(fill(random.pick(CHALLENGE_SENTENCES)));

    const practical: string[] = [];
    practical.push(
      offer.isFree
        ? random.pick([
            'Det er gratis at deltage, og du behøver ikke være medlem.',
            'Tilbuddet er gratis.',
            'Det koster ikke noget at være med.',
          ])
        : `Der er en egenbetaling: ${lowerFirst(offer.feesDescription)}.`,
    );
    if (offer.referralRequired) practical.push('Det kræver en henvisning fra egen læge eller fra kommunen.');
    if (offer.anonymous) practical.push('Du kan være helt anonym, og alle har tavshedspligt.');
    const otherLanguages = offer.languages
      .filter((code) => code !== 'da')
      .map((code) => LANGUAGE_NAMES[code]);
    if (otherLanguages.length > 0) practical.push(`Vi taler også ${listed(otherLanguages)}.`);
    if (offer.accessibility) practical.push(offer.accessibility);
    practical.push(
      `Har du spørgsmål, er du velkommen til at kontakte ${firstName} på ${offer.contact.phone}.`,
    );
    const sentenceCount = Math.min(6, sentences.length + 1 + (random.chance(0.5) ? 1 : 0));
    // The price always; then as many practical lines as there is room for.
    sentences.push(
      practical[0],
      ...random.sample(practical.slice(1), Math.max(0, sentenceCount - sentences.length - 1)),
    );

    const who = relational ? this.qualifiedAudience(challenge, audience, false) : `${audience.who}, ${they}`;
    const headline = `${primary.heads[0]} ${primary.preposition} ${who}.`;
    const second =
      offer.place && offer.scheduleDescription && !offer.scheduleDescription.startsWith('Efter aftale')
        ? `${offer.scheduleDescription} i ${offer.place}.`
        : offer.anonymous
          ? 'Gratis og anonymt.'
          : offer.isFree
            ? 'Gratis for alle i målgruppen.'
            : '';
    const summary = [headline, second].filter(Boolean).join(' ');

    const ages =
      audience.minimumAge !== null && audience.maximumAge !== null
        ? ` mellem ${audience.minimumAge} og ${audience.maximumAge} år`
        : audience.minimumAge !== null
          ? ` fra ${audience.minimumAge} år`
          : '';
    const eligibility = `For ${relational ? who : `${audience.who}${ages}, ${they}`}.${ages ? '' : ' Alle aldre er velkomne.'}`;

    return {
      summary,
      description: sentences.join(' '),
      eligibility,
      applicationProcess: applicationProcess(primary, offer.referralRequired, firstName, offer.phone),
    };
  }
}

/** A qualifier after a noun: a relative clause takes a comma ("unge, der …"), others a space. */
function joined(qualifier: string): string {
  return qualifier.startsWith('der ') ? `, ${qualifier}` : ` ${qualifier}`;
}

function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** 1200 → "1.200", as Danish writes amounts. */
function danishNumber(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function applicationProcess(
  activity: ActivityPhrases,
  referral: boolean,
  contact: string,
  phone: string,
): string {
  const how: Record<ActivityPhrases['schedule'], string> = {
    line: `Ring på ${phone} – du behøver ikke sige dit navn.`,
    chat: 'Gå ind på hjemmesiden og start en chat, når chatten er åben.',
    group: `Tilmelding til ${contact} på telefon eller e-mail. Du er velkommen til at komme og se, om det er noget for dig.`,
    course: `Tilmelding til ${contact} på telefon eller e-mail senest en uge før start.`,
    camp: `Tilmelding til ${contact}. Der er begrænset antal pladser.`,
    exercise: 'Mød bare op – det kræver ingen tilmelding.',
    meal: 'Tilmelding senest dagen før, så vi ved, hvor meget mad vi skal lave.',
    homework: 'Mød bare op – det kræver ingen tilmelding.',
    open: 'Kom forbi i åbningstiden – det kræver ingen tilmelding.',
    club: 'Kom forbi og se klubben. Ved første besøg skal en forælder udfylde en indmeldelse.',
    food: 'Kom forbi i udleveringstiden. Tag gerne en pose med.',
    advice: 'Mød op i åbningstiden, eller ring og book en tid.',
    appointment: `Ring eller skriv til ${contact}, så aftaler vi en første samtale.`,
  };
  return referral ? `Kræver henvisning. ${how[activity.schedule]}` : how[activity.schedule];
}
