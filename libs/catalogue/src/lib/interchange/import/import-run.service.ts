import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { danishToday } from '@socialkompas/denmark';
import { TenancyService, TenantRef } from '@socialkompas/tenancy';
import { SearchIndex } from '../../core/search-index';
import { foldText } from '../../search/query/fold-text';
import { checkRecord, CheckedRecord } from './check/check-record';
import { KnownTerm, TermMatcher } from './check/closest-terms';
import { ValidOffer } from './check/valid-offer';
import { ImportCatalogueRepository, OfferToWrite } from './import-catalogue.repository';
import { ImportRecord } from './import-record';
import type { ImportCounts, ImportProblem, RowAction } from './import-view';
import { ImportsRepository, ReportRow } from './imports.repository';
import { CHUNK_ROWS, yieldToEventLoop } from './read/yield-to-event-loop';
import { TITLE_KEY_PREFIX } from './read/sheet-records';

export type RunMode = 'check' | 'apply';

/** The report's field for a row that looks like an offer already in the catalogue. */
export const LIKELY_DUPLICATE = 'duplicate';

const emptyCounts = (): ImportCounts => ({ create: 0, update: 0, unchanged: 0, invalid: 0 });

/** A row as the run sees it: the file's record, its check, and (on the way) what will be done with it. */
interface RowInProgress {
  record: ImportRecord;
  checked: CheckedRecord;
  problems: ImportProblem[];
  action: RowAction;
  offerId?: string;
}

/**
 * Checks (dry run) or applies an import's records, one batch of rows per transaction with a
 * yield to the event loop between batches: the API keeps answering other requests, and the
 * progress each batch stores is what every API process shows. A dry run writes nothing but the
 * report; apply writes each batch's offers, their search documents and their audit entries in
 * the same transaction, so a batch is in the catalogue (and in search) entirely or not at all.
 */
@Injectable()
export class ImportRunService {
  private readonly logger = new Logger(ImportRunService.name);

  constructor(
    private readonly tenancy: TenancyService,
    private readonly imports: ImportsRepository,
    private readonly catalogue: ImportCatalogueRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  async run(
    tenant: TenantRef,
    importId: string,
    records: ImportRecord[],
    mode: RunMode,
    actor: Actor,
  ): Promise<ImportCounts> {
    const terms = await this.tenancy.run(tenant, async () => {
      if (mode === 'check') await this.imports.clearRows(importId);
      await this.imports.update(importId, {
        progressDone: 0,
        progressTotal: records.length,
        counts: emptyCounts(),
      });
      return knownTerms(await this.catalogue.vocabularyTerms());
    });
    const context = { terms: new TermMatcher(terms) };
    const counts = emptyCounts();
    const firstRowOf = new Map<string, number>();
    const firstTitleOf = new Map<string, number>();
    const started = Date.now();
    const startedAt = new Date(started);
    for (let start = 0, batchNumber = 1; start < records.length; start += CHUNK_ROWS, batchNumber++) {
      const batch: RowInProgress[] = records.slice(start, start + CHUNK_ROWS).map((record) => {
        const checked = checkRecord(record, context);
        return {
          record,
          checked,
          problems: [...checked.problems],
          action: checked.offer ? 'create' : 'invalid',
        };
      });
      for (const row of batch) markDuplicatesInFile(row, firstRowOf, firstTitleOf);
      await this.tenancy.run(tenant, async () => {
        await this.settleActions(batch);
        if (mode === 'check') await this.markLikelyDuplicates(batch, startedAt);
        else await this.keepLikelyDuplicates(batch, importId);
        if (mode === 'apply') await this.write(batch, importId, actor, isPowerOfTwo(batchNumber));
        for (const row of batch) counts[row.action]++;
        await this.imports.saveRows(importId, batch.map(reportRow));
        await this.imports.update(importId, {
          progressDone: Math.min(start + CHUNK_ROWS, records.length),
          counts,
        });
      });
      await yieldToEventLoop();
    }
    this.logger.log(
      `${mode} of ${records.length} rows in ${Date.now() - started} ms (tenant ${tenant.slug})`,
    );
    return counts;
  }

  /** Create, update or unchanged, by the external id and what the last import of it wrote; likely duplicates as warnings. */
  private async settleActions(batch: RowInProgress[]): Promise<void> {
    const valid = batch.filter((row) => row.action !== 'invalid' && row.checked.offer);
    const existing = new Map(
      (
        await this.catalogue.offersByExternalIds(
          valid.map((row) => (row.checked.offer as ValidOffer).externalId),
        )
      ).map((offer) => [offer.externalId, offer]),
    );
    for (const row of valid) {
      const offer = existing.get((row.checked.offer as ValidOffer).externalId);
      if (!offer) continue;
      row.offerId = offer.id;
      row.action = offer.fingerprint === row.checked.fingerprint ? 'unchanged' : 'update';
    }
  }

  /**
   * Likely duplicates among the offers there before the import began: the dry run looks them up
   * (its rows write nothing, so only the catalogue's own offers can match) and keeps them in the
   * report as warnings.
   */
  private async markLikelyDuplicates(batch: RowInProgress[], startedAt: Date): Promise<void> {
    const created = batch.filter((row) => row.action === 'create');
    const organizations = await this.organizationsOf(
      created.map((row) => (row.checked.offer as ValidOffer).organization),
    );
    const candidates = await this.catalogue.duplicateCandidates(
      created.map((row) => {
        const offer = row.checked.offer as ValidOffer;
        return {
          row: row.record.row,
          name: offer.name,
          organizationId: organizations.get(organizationKey(offer.organization))?.id ?? null,
          postcodes: offer.locations.map((location) => location.postalCode),
        };
      }),
      startedAt,
    );
    for (const candidate of candidates) {
      const row = created.find((item) => item.record.row === candidate.row);
      row?.problems.push({
        field: LIKELY_DUPLICATE,
        severity: 'warning',
        message: `Række ${candidate.row}: Ligner det eksisterende tilbud «${candidate.name}» (${Math.round(candidate.similarity * 100)} % ens). Tjek at det ikke er det samme tilbud; ellers oprettes det som nyt.`,
      });
    }
  }

  /**
   * Apply keeps the dry run's duplicate warnings rather than looking again: by the second batch,
   * the offers of the first would match their own neighbours in the file.
   */
  private async keepLikelyDuplicates(batch: RowInProgress[], importId: string): Promise<void> {
    const stored = await this.imports.problemsOfRows(
      importId,
      batch.map((row) => row.record.row),
    );
    for (const row of batch) {
      row.problems.push(
        ...(stored.get(row.record.row) ?? []).filter((problem) => problem.field === LIKELY_DUPLICATE),
      );
    }
  }

  /** The tenant's organisations the offers name, by external id or (folded) name. */
  private async organizationsOf(organizations: ValidOffer['organization'][]) {
    const externalIds = [
      ...new Set(
        organizations.map((organization) => organization.externalId).filter((id): id is string => !!id),
      ),
    ];
    const names = [...new Set(organizations.map((organization) => foldText(organization.name)))];
    const rows = await this.catalogue.organizationsByKeys(externalIds, names);
    const found = new Map<string, (typeof rows)[number]>();
    for (const organization of organizations) {
      const key = organizationKey(organization);
      if (found.has(key)) continue;
      const match =
        (organization.externalId && rows.find((row) => row.externalId === organization.externalId)) ||
        rows.find((row) => row.foldedName === foldText(organization.name));
      if (match) found.set(key, match);
    }
    return found;
  }

  private async write(
    batch: RowInProgress[],
    importId: string,
    actor: Actor,
    refreshStatistics: boolean,
  ): Promise<void> {
    const toWrite = batch.filter((row) => row.action === 'create' || row.action === 'update');
    if (toWrite.length === 0) return;
    const offers = toWrite.map((row) => row.checked.offer as ValidOffer);
    const organizations = await this.organizationsOf(offers.map((offer) => offer.organization));
    // New organisations: one per distinct key, published when one of its offers is.
    const missing = new Map<string, ValidOffer['organization'] & { status: 'published' | 'draft' }>();
    for (const offer of offers) {
      const key = organizationKey(offer.organization);
      if (organizations.has(key)) continue;
      const status =
        offer.status === 'published' || missing.get(key)?.status === 'published' ? 'published' : 'draft';
      missing.set(key, { ...offer.organization, status });
    }
    const newIds = await this.catalogue.insertOrganizations([...missing.values()]);
    const created = [...missing.entries()].map(([key, organization], index) => ({
      key,
      id: newIds[index],
      organization,
    }));
    const idOf = new Map<string, string>([
      ...[...organizations.entries()].map(([key, row]) => [key, row.id] as [string, string]),
      ...created.map(({ key, id }) => [key, id] as [string, string]),
    ]);
    // An existing organisation in draft or review is published with the published offers it gets.
    const toPublish = [...organizations.entries()]
      .filter(
        ([key, row]) =>
          row.status !== 'published' &&
          row.status !== 'archived' &&
          offers.some((offer) => offer.status === 'published' && organizationKey(offer.organization) === key),
      )
      .map(([, row]) => row);
    await this.catalogue.publishOrganizations(toPublish.map((row) => row.id));

    const writes: OfferToWrite[] = toWrite.map((row) => {
      const offer = row.checked.offer as ValidOffer;
      row.offerId ??= randomUUID();
      return {
        id: row.offerId,
        organizationId: idOf.get(organizationKey(offer.organization)) as string,
        offer,
        fingerprint: row.checked.fingerprint as string,
      };
    });
    const today = danishToday();
    await this.catalogue.insertOffers(
      writes.filter((_, index) => toWrite[index].action === 'create'),
      today,
    );
    await this.catalogue.updateOffers(
      writes.filter((_, index) => toWrite[index].action === 'update'),
      today,
    );
    await this.catalogue.replaceChildren(writes);
    // Statistics from before the batches make the index's per-offer look-ups scan whole tables;
    // refreshing them as the import doubles the tables keeps every batch as quick as the first.
    if (refreshStatistics) await this.catalogue.analyzeCatalogue();
    await this.searchIndex.refresh(writes.map((write) => write.id));
    await this.auditLog.recordMany(actor, [
      ...created.map(({ id, organization }) => ({
        entityType: 'organization' as const,
        entityId: id,
        entityLabel: organization.name,
        action: 'import_create',
        changes: { importId, name: organization.name, status: organization.status },
      })),
      ...toPublish.map((row) => ({
        entityType: 'organization' as const,
        entityId: row.id,
        entityLabel: row.name,
        action: 'publish',
        changes: { importId, status: { from: row.status, to: 'published' } },
      })),
      ...toWrite.map((row, index) => ({
        entityType: 'offer' as const,
        entityId: writes[index].id,
        entityLabel: writes[index].offer.name,
        action: row.action === 'create' ? 'import_create' : 'import_update',
        changes: {
          importId,
          row: row.record.row,
          externalId: writes[index].offer.externalId,
          status: writes[index].offer.status,
        },
      })),
    ]);
  }
}

function knownTerms(rows: Awaited<ReturnType<ImportCatalogueRepository['vocabularyTerms']>>): KnownTerm[] {
  return rows.map((row) => ({
    id: row.id,
    vocabulary: row.vocabulary,
    name: row.name,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    keys: [
      ...new Set([row.name, row.code.replace(/-/g, ' '), ...row.synonyms].map((key) => foldText(key).trim())),
    ],
  }));
}

/** Batches 1, 2, 4, 8, …: the tables have (at most) doubled since the last statistics. */
const isPowerOfTwo = (batchNumber: number) => (batchNumber & (batchNumber - 1)) === 0;

const organizationKey = (organization: ValidOffer['organization']) =>
  organization.externalId ? `id:${organization.externalId}` : `name:${foldText(organization.name)}`;

/** A second row with the same id is a duplicate (an error); the same title at the same organisation is suspicious. */
function markDuplicatesInFile(
  row: RowInProgress,
  firstRowOf: Map<string, number>,
  firstTitleOf: Map<string, number>,
): void {
  const externalId = row.record.externalId?.trim();
  const at = `Række ${row.record.row}`;
  if (externalId) {
    const first = firstRowOf.get(externalId);
    if (first !== undefined) {
      row.problems.push({
        field: externalId.startsWith(TITLE_KEY_PREFIX) ? 'name' : 'externalId',
        severity: 'error',
        message: externalId.startsWith(TITLE_KEY_PREFIX)
          ? `${at}: Samme titel og forening som række ${first}: rækken er en dublet og springes over.`
          : `${at}: Samme id («${externalId}») som række ${first}: rækken er en dublet og springes over.`,
      });
      row.action = 'invalid';
      return;
    }
    firstRowOf.set(externalId, row.record.row);
  }
  const offer = row.checked.offer;
  if (!offer) return;
  const titleKey = `${foldText(offer.organization.name)}/${foldText(offer.name)}`;
  const first = firstTitleOf.get(titleKey);
  if (first !== undefined) {
    row.problems.push({
      field: 'name',
      severity: 'warning',
      message: `${at}: Samme titel og forening som række ${first}, men et andet id. Tjek at det ikke er det samme tilbud to gange.`,
    });
  } else {
    firstTitleOf.set(titleKey, row.record.row);
  }
}

function reportRow(row: RowInProgress): ReportRow {
  return {
    row: row.record.row,
    externalId: row.record.externalId?.startsWith(TITLE_KEY_PREFIX) ? null : (row.record.externalId ?? null),
    title: row.record.name?.slice(0, 200) ?? null,
    action: row.action,
    offerId: row.offerId ?? null,
    problems: row.problems,
  };
}
