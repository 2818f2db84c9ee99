import { randomUUID } from 'node:crypto';
import { TenancyService, TenantRef } from '@socialkompas/tenancy';
import { SearchIndex, SearchIndexWriter } from '@socialkompas/catalogue';
import { DemoCatalogue, DemoDistrict, DemoOffer, DemoTerms, generateDemoCatalogue } from './demo-catalogue';
import { DemoSeedRepository, NewDemoOffer } from './demo-seed.repository';

/** The most offers one seeding run makes. */
export const MAX_DEMO_OFFERS = 100_000;

/** Who the change log names for seeded rows. */
const ACTOR = 'demodata';

export interface DemoSeedOptions {
  offerCount: number;
  seed: number;
  /** "Today" (YYYY-MM-DD) for the generated dates; defaults to today in Denmark. */
  referenceDate?: string;
  /** Offers per transaction. */
  batchSize?: number;
  /** Called after each batch is committed. */
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSeedResult {
  organizations: { created: number; reused: number };
  offers: number;
  published: number;
  locations: number;
  schedules: number;
  contacts: number;
  /** Chosen terms linked; the derived age-group and district terms come on top. */
  offerTerms: number;
  /** Codes of the generated offers that the tenant's vocabularies lack; those links are left out. */
  unknownTermCodes: string[];
  milliseconds: number;
}

type ChosenVocabulary = keyof DemoTerms;
const CHOSEN_VOCABULARIES: ChosenVocabulary[] = ['challenge', 'target_group', 'activity'];

interface TenantVocabulary {
  /** `<vocabulary>:<code>` → term id. */
  termIds: Map<string, string>;
  districts: DemoDistrict[];
}

/**
 * Fills a tenant with a generated demo catalogue (see generateDemoCatalogue) using set-based SQL:
 * organisations first, then the offers in batches, each batch in one unit of work with its places,
 * times, contacts and chosen terms, and indexed for search before it commits. Organisations that
 * the tenant already has (by name) are reused, so seeding twice adds offers, not organisations.
 */
export class DemoSeeder {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly searchIndex: SearchIndex = new SearchIndexWriter(tenancy),
  ) {}

  /** Whether the tenant has no offers at all, in any status. */
  isEmpty(tenant: TenantRef): Promise<boolean> {
    return this.tenancy.run(tenant, (manager) => new DemoSeedRepository(manager).isCatalogueEmpty());
  }

  async seed(tenant: TenantRef, options: DemoSeedOptions): Promise<DemoSeedResult> {
    const started = Date.now();
    const { offerCount, seed, batchSize = 500 } = options;
    if (!Number.isInteger(offerCount) || offerCount < 1 || offerCount > MAX_DEMO_OFFERS) {
      throw new Error(`offerCount must be a whole number from 1 to ${MAX_DEMO_OFFERS}, not ${offerCount}`);
    }
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new Error(`seed must be a whole number from 0 to ${0xffffffff}, not ${seed}`);
    }
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be at least 1');

    const vocabulary = await this.vocabularyOf(tenant);
    const catalogue = generateDemoCatalogue({
      tenantSlug: tenant.slug,
      offerCount,
      seed,
      districts: vocabulary.districts,
      referenceDate: options.referenceDate ?? todayInDenmark(),
    });
    return this.insert(tenant, catalogue, vocabulary, { ...options, batchSize }, started);
  }

  /**
   * Fills the tenant with a catalogue written beforehand (the national tenant's, say) the way
   * `seed` fills it with a generated one; `seed` only names the run in the audit log.
   */
  async seedCatalogue(
    tenant: TenantRef,
    catalogue: DemoCatalogue,
    options: Pick<DemoSeedOptions, 'seed' | 'batchSize' | 'onProgress'>,
  ): Promise<DemoSeedResult> {
    const started = Date.now();
    const vocabulary = await this.vocabularyOf(tenant);
    return this.insert(tenant, catalogue, vocabulary, { batchSize: 500, ...options }, started);
  }

  private vocabularyOf(tenant: TenantRef): Promise<TenantVocabulary> {
    return this.tenancy.run(tenant, (manager) => readVocabulary(new DemoSeedRepository(manager)));
  }

  private async insert(
    tenant: TenantRef,
    catalogue: DemoCatalogue,
    vocabulary: TenantVocabulary,
    options: Pick<DemoSeedOptions, 'seed' | 'onProgress'> & { batchSize: number },
    started: number,
  ): Promise<DemoSeedResult> {
    const { seed, batchSize } = options;
    const organizations = await this.tenancy.run(tenant, (manager) =>
      insertOrganizations(new DemoSeedRepository(manager), catalogue, seed),
    );

    const result: DemoSeedResult = {
      organizations: { created: organizations.created, reused: organizations.reused },
      offers: 0,
      published: 0,
      locations: 0,
      schedules: 0,
      contacts: 0,
      offerTerms: 0,
      unknownTermCodes: [],
      milliseconds: 0,
    };
    const unknown = new Set<string>();
    for (let start = 0, batchNumber = 1; start < catalogue.offers.length; start += batchSize, batchNumber++) {
      const batch = catalogue.offers.slice(start, start + batchSize);
      const counts = await this.tenancy.run(tenant, async (manager) => {
        const repository = new DemoSeedRepository(manager);
        const inserted = await insertOffers(repository, batch, organizations.ids, vocabulary, unknown, seed);
        // Statistics from before the bulk insert make the index's per-offer lookups scan whole tables;
        // refreshing them as the tables double keeps every batch as quick as the first.
        if ((batchNumber & (batchNumber - 1)) === 0) await repository.analyzeCatalogue();
        await this.searchIndex.refresh(inserted.offerIds);
        return inserted;
      });
      result.offers += batch.length;
      result.published += batch.filter((offer) => offer.status === 'published').length;
      result.locations += counts.locations;
      result.schedules += counts.schedules;
      result.contacts += counts.contacts;
      result.offerTerms += counts.offerTerms;
      options.onProgress?.(result.offers, catalogue.offers.length);
    }
    result.unknownTermCodes = [...unknown].sort();
    result.milliseconds = Date.now() - started;
    return result;
  }
}

/** Today's date in Denmark (the Swedish locale formats dates as YYYY-MM-DD). */
function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

async function readVocabulary(repository: DemoSeedRepository): Promise<TenantVocabulary> {
  const rows = await repository.vocabularyTerms();
  return {
    termIds: new Map(rows.map((row) => [`${row.vocabulary}:${row.code}`, row.id])),
    districts: rows
      .filter((row) => row.vocabulary === 'district')
      .map(({ code, name, synonyms, postcodes }) => ({ code, name, synonyms, postcodes })),
  };
}

/** Inserts the catalogue's organisations that the tenant does not have yet; ids in catalogue order. */
async function insertOrganizations(repository: DemoSeedRepository, catalogue: DemoCatalogue, seed: number) {
  const names = catalogue.organizations.map((organization) => organization.name);
  const existing = await repository.organizationsNamed(names);
  const idByName = new Map(existing.map((row) => [row.name, row.id]));
  const fresh = catalogue.organizations
    .filter((organization) => !idByName.has(organization.name))
    .map((organization) => ({ ...organization, id: randomUUID() }));
  for (const organization of fresh) idByName.set(organization.name, organization.id);
  if (fresh.length > 0) {
    await repository.insertOrganizations(fresh);
    await recordCreated(
      repository,
      'organization',
      fresh.map((organization) => organization.id),
      null,
      seed,
    );
  }
  return {
    ids: names.map((name) => idByName.get(name) ?? ''),
    created: fresh.length,
    reused: names.length - fresh.length,
  };
}

async function insertOffers(
  repository: DemoSeedRepository,
  batch: DemoOffer[],
  organizationIds: string[],
  vocabulary: TenantVocabulary,
  unknown: Set<string>,
  seed: number,
) {
  const offerIds = batch.map(() => randomUUID());
  const offers = batch.map(
    ({ locations: _l, schedules: _s, contacts: _c, terms: _t, ...offer }, index): NewDemoOffer => ({
      ...offer,
      id: offerIds[index],
      organizationId: organizationIds[offer.organization],
    }),
  );
  await repository.insertOffers(offers);

  const locations = batch.flatMap((offer, index) =>
    offer.locations.map((location) => ({
      ...location,
      id: randomUUID(),
      offerId: offerIds[index],
      organizationId: organizationIds[offer.organization],
    })),
  );
  if (locations.length > 0) await repository.insertLocations(locations);

  const schedules = batch.flatMap((offer, index) =>
    offer.schedules.map((schedule) => ({ ...schedule, offerId: offerIds[index] })),
  );
  if (schedules.length > 0) await repository.insertSchedules(schedules);

  const contacts = batch.flatMap((offer, index) =>
    offer.contacts.map((contact, position) => ({ ...contact, position, offerId: offerIds[index] })),
  );
  await repository.insertContacts(contacts);

  // Chosen terms only: SearchIndex.refresh derives the age groups and districts.
  const termOffers: string[] = [];
  const termIds: string[] = [];
  batch.forEach((offer, index) => {
    for (const code of CHOSEN_VOCABULARIES.flatMap((name) =>
      offer.terms[name].map((term) => `${name}:${term}`),
    )) {
      const termId = vocabulary.termIds.get(code);
      if (!termId) {
        unknown.add(code);
        continue;
      }
      termOffers.push(offerIds[index]);
      termIds.push(termId);
    }
  });
  if (termIds.length > 0) await repository.linkTerms(termOffers, termIds);

  await recordCreated(
    repository,
    'offer',
    offerIds,
    batch.map((offer) => offer.createdAt),
    seed,
  );
  return {
    offerIds,
    locations: locations.length,
    schedules: schedules.length,
    contacts: contacts.length,
    offerTerms: termIds.length,
  };
}

/** One `create` entry per seeded row in the audit log, so an entity's history says where it came from. */
function recordCreated(
  repository: DemoSeedRepository,
  entityType: 'offer' | 'organization',
  ids: string[],
  createdAt: string[] | null,
  seed: number,
): Promise<void> {
  return repository.recordCreated(entityType, ids, createdAt, ACTOR, { source: 'demo-seed', seed });
}
