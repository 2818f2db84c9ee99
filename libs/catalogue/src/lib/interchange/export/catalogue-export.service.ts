import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { CatalogueExportRepository } from './catalogue-export.repository';
import { ExportFormat } from './export-format';
import { csvHeader, csvLine } from './hsds/csv-rows';
import { hsdsDataPackage, HSDS_RESOURCES } from './hsds/hsds-datapackage';
import { hsdsDateTime } from './hsds/hsds-ids';
import * as hsds from './hsds/hsds-records';
import { groupBy, hsdsFullServices, hsdsVocabulary } from './hsds/hsds-service';
import type * as source from './hsds/hsds-source';
import { zipStream, ZipEntrySource } from './zip-stream';

/** Offers read per unit of work: enough to keep queries few, small enough to keep memory flat. */
const BATCH_SIZE = 250;

/** A catalogue export on its way out: a file name for the download and its bytes as a stream. */
export interface CatalogueExport {
  fileName: string;
  contentType: string;
  body: Readable;
  offers: number;
}

/**
 * What an export covers, fixed when it starts: the offers exported then, the organisations and
 * places they name, and the (small) vocabularies. Each batch is read later in a unit of work of its
 * own, so a download never holds a transaction open while a slow client reads; every batch asks
 * again whether its offers are still published, so an offer withdrawn meanwhile is left out rather
 * than leaked.
 */
interface ExportPlan {
  offerIds: string[];
  organizationIds: string[];
  locationIds: string[];
  taxonomies: source.HsdsSourceTaxonomy[];
  terms: source.HsdsSourceTerm[];
  startedAt: Date;
}

function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The day in Copenhagen, for the file name: an export at 00:30 Danish time is dated that day. */
function danishDate(moment: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(moment);
}

/**
 * A tenant's published catalogue as HSDS 3.0: the tabular data package (a zip of the
 * specification's CSV files and datapackage.json) or a JSON list of full `service` objects.
 */
@Injectable()
export class CatalogueExportService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly repository: CatalogueExportRepository,
    private readonly auditLog: AuditLog,
  ) {}

  async export(tenant: Tenant, format: ExportFormat, actor: Actor): Promise<CatalogueExport> {
    const plan = await this.tenancy.run(tenant, async () => {
      const offerIds = await this.repository.exportedOfferIds();
      const { organizationIds, locationIds } = await this.repository.referencedIds();
      const taxonomies = await this.repository.taxonomies();
      const terms = await this.repository.terms();
      await this.auditLog.record({
        entityType: 'tenant',
        entityId: tenant.id,
        entityLabel: tenant.name,
        action: 'export_catalogue',
        actor,
        changes: { format, offers: offerIds.length },
      });
      return { offerIds, organizationIds, locationIds, taxonomies, terms, startedAt: new Date() };
    });
    const baseName = `socialkompas-${tenant.slug}-${danishDate(plan.startedAt)}`;
    if (format === 'hsds-json') {
      return {
        fileName: `${baseName}.json`,
        contentType: 'application/json; charset=utf-8',
        body: Readable.from(this.jsonServices(tenant, plan)),
        offers: plan.offerIds.length,
      };
    }
    return {
      fileName: `${baseName}.zip`,
      contentType: 'application/zip',
      body: Readable.from(zipStream(this.packageFiles(tenant, plan), plan.startedAt)),
      offers: plan.offerIds.length,
    };
  }

  private async *offerBatches(
    tenant: Tenant,
    plan: ExportPlan,
    withPlaces: boolean,
  ): AsyncGenerator<source.HsdsOfferBatch> {
    for (const ids of chunksOf(plan.offerIds, BATCH_SIZE)) {
      yield await this.tenancy.run(tenant, () => this.repository.batch(ids, withPlaces));
    }
  }

  private async *jsonServices(tenant: Tenant, plan: ExportPlan): AsyncGenerator<string> {
    const vocabulary = hsdsVocabulary(plan.taxonomies, plan.terms);
    let first = true;
    yield '[';
    for await (const batch of this.offerBatches(tenant, plan, true)) {
      const pieces = hsdsFullServices(batch, vocabulary).map((service) => {
        const piece = `${first ? '' : ','}\n${JSON.stringify(service)}`;
        first = false;
        return piece;
      });
      if (pieces.length > 0) yield pieces.join('');
    }
    yield '\n]\n';
  }

  /** Every file of the package, in the order of the specification's datapackage.json. */
  private *packageFiles(tenant: Tenant, plan: ExportPlan): Generator<ZipEntrySource> {
    const created = hsdsDateTime(plan.startedAt);
    const descriptor = hsdsDataPackage(
      `socialkompas-${tenant.slug.replace(/_/g, '-')}`,
      `${tenant.name}: tilbud (HSDS 3.0)`,
      created,
    );
    yield {
      name: 'datapackage.json',
      text: (async function* () {
        yield `${JSON.stringify(descriptor, null, 2)}\n`;
      })(),
    };
    const rowsOf = this.tableRows(tenant, plan);
    for (const resource of HSDS_RESOURCES) {
      const columns = resource.schema.fields.map((field) => field.name);
      const rows = rowsOf[resource.name];
      yield {
        name: resource.path,
        text: (async function* () {
          yield csvHeader(columns);
          if (!rows) return;
          for await (const records of rows()) {
            if (records.length > 0) yield records.map((record) => csvLine(columns, record)).join('');
          }
        })(),
      };
    }
  }

  /** The rows of each table we fill, a batch at a time; the other HSDS tables hold their header only. */
  private tableRows(
    tenant: Tenant,
    plan: ExportPlan,
  ): Record<string, () => AsyncIterable<hsds.HsdsRecord[]>> {
    const exportedLocations = new Set(plan.locationIds);
    const taxonomies = new Map(plan.taxonomies.map((taxonomy) => [taxonomy.id, taxonomy]));
    const fromOffers = (rows: (batch: source.HsdsOfferBatch) => hsds.HsdsRecord[]) =>
      async function* (this: CatalogueExportService) {
        for await (const batch of this.offerBatches(tenant, plan, false)) yield rows(batch);
      }.bind(this);
    const fromOrganizations = (rows: (organizations: source.HsdsSourceOrganization[]) => hsds.HsdsRecord[]) =>
      async function* (this: CatalogueExportService) {
        for (const ids of chunksOf(plan.organizationIds, BATCH_SIZE)) {
          yield rows(await this.tenancy.run(tenant, () => this.repository.organizations(ids)));
        }
      }.bind(this);
    const fromLocations = (rows: (locations: source.HsdsSourceLocation[]) => hsds.HsdsRecord[]) =>
      async function* (this: CatalogueExportService) {
        for (const ids of chunksOf(plan.locationIds, BATCH_SIZE)) {
          yield rows(await this.tenancy.run(tenant, () => this.repository.locations(ids)));
        }
      }.bind(this);
    const once = (rows: () => hsds.HsdsRecord[]) =>
      async function* () {
        yield rows();
      };
    const phonesOfOrganizations = fromOrganizations((organizations) =>
      organizations.flatMap(hsds.hsdsOrganizationPhones),
    );
    const phonesOfOffers = fromOffers((batch) => [
      ...batch.offers.flatMap(hsds.hsdsServicePhones),
      ...batch.contacts.flatMap(hsds.hsdsContactPhones),
    ]);
    return {
      organization: fromOrganizations((organizations) => organizations.map(hsds.hsdsOrganization)),
      service: fromOffers((batch) => batch.offers.map(hsds.hsdsServiceFields)),
      attribute: fromOffers((batch) =>
        batch.offers.flatMap((offer) =>
          offer.termIds.map((termId) => hsds.hsdsServiceAttribute(offer, termId)),
        ),
      ),
      service_at_location: fromOffers((batch) =>
        batch.offers.flatMap((offer) =>
          offer.locationIds
            .filter((locationId) => exportedLocations.has(locationId))
            .map((locationId) => hsds.hsdsServiceAtLocation(offer, locationId)),
        ),
      ),
      location: fromLocations((locations) => locations.map(hsds.hsdsLocation)),
      phone: async function* () {
        yield* phonesOfOrganizations();
        yield* phonesOfOffers();
      },
      contact: fromOffers((batch) => batch.contacts.map(hsds.hsdsContact)),
      address: fromLocations((locations) => locations.flatMap(hsds.hsdsAddresses)),
      schedule: fromOffers((batch) => {
        const schedules = groupBy(batch.schedules, (schedule) => schedule.offerId);
        return batch.offers.flatMap((offer) => hsds.hsdsSchedules(offer, schedules.get(offer.id) ?? []));
      }),
      language: fromOffers((batch) => batch.offers.flatMap(hsds.hsdsLanguages)),
      accessibility: fromLocations((locations) => locations.flatMap(hsds.hsdsAccessibility)),
      taxonomy_term: once(() =>
        plan.terms.map((term) => hsds.hsdsTaxonomyTerm(term, taxonomies.get(term.taxonomyId))),
      ),
      taxonomy: once(() => plan.taxonomies.map(hsds.hsdsTaxonomy)),
      cost_option: fromOffers((batch) => batch.offers.flatMap(hsds.hsdsCostOptions)),
    };
  }
}
