import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService, TenantRef } from '@socialkompas/tenancy';
import { SearchIndex } from '../../core/search-index';
import { ImportMappingDto } from './dto/import-mapping.dto';
import { ImportCatalogueRepository } from './import-catalogue.repository';
import { SHEET_FIELDS, SheetMapping, suggestMapping } from './import-fields';
import { ImportRecord } from './import-record';
import { ImportRunService, RunMode } from './import-run.service';
import type { ImportFormat, ImportList, ImportProblem, ImportRowPage, ImportView } from './import-view';
import { importRowView, importView } from './import-views';
import { ImportRow, ImportsRepository, StoredSheet } from './imports.repository';
import {
  detectFormat,
  packUploads,
  readHsdsRecords,
  readSheetTable,
  unpackUploads,
  UnreadableFile,
  UploadedFile,
} from './read/read-import-file';
import { recordsOfSheet } from './read/sheet-records';
import { SheetTable } from './read/sheet-table';

const SAMPLE_ROWS = 5;
const RECENT_IMPORTS = 20;

const hasError = (problems: ImportProblem[]) => problems.some((problem) => problem.severity === 'error');

function notFound(id: string): NotFoundException {
  return new NotFoundException({
    title: 'Importen findes ikke',
    detail: `Der er ingen import med id ${id}.`,
  });
}

/** The required fields a sheet's mapping leaves without a column, as file problems. */
function missingColumns(mapping: SheetMapping): ImportProblem[] {
  return SHEET_FIELDS.filter((field) => field.required && !mapping[field.key]).map((field) => ({
    field: `columns.${field.key}`,
    severity: 'error' as const,
    message: `Der er ingen kolonne til ${field.label}, som skal udfyldes. Vælg den kolonne, der indeholder ${field.label.toLowerCase()}.`,
  }));
}

/** What the stored file reads as: its records, or the problems that keep it from being read. */
interface ReadImport {
  records: ImportRecord[];
  problems: ImportProblem[];
  table?: SheetTable;
}

/**
 * Catalogue imports for one tenant: upload (which starts the dry run), the column mapping of a
 * sheet, the report, and apply. The platform's route and the tenant administrator's route both
 * call this service with the tenant they act for. The dry run and apply run in this process
 * after the request has been answered; their progress is stored, so any process can show it.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  /** Runs in progress in this process, so the command line (and tests) can wait for one. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly tenancy: TenancyService,
    private readonly imports: ImportsRepository,
    private readonly runner: ImportRunService,
    private readonly auditLog: AuditLog,
  ) {}

  async create(tenant: TenantRef, files: UploadedFile[], actor: Actor): Promise<ImportView> {
    if (files.length === 0) {
      throw new BadRequestException({
        title: 'Ingen fil',
        detail: 'Vælg en fil at importere.',
        errors: [
          {
            field: 'files',
            message: 'Vælg en fil at importere: en HSDS-datapakke, en HSDS JSON-fil eller et regneark.',
          },
        ],
      });
    }
    const stored = packUploads(files);
    const fileName = files
      .map((file) => file.name)
      .join(', ')
      .slice(0, 300);
    let format: ImportFormat = 'sheet';
    let fileProblems: ImportProblem[] = [];
    let sheet: StoredSheet | null = null;
    try {
      const unpacked = unpackUploads(stored);
      format = detectFormat(unpacked);
      if (format === 'sheet') {
        const { table, problems } = await readSheetTable(unpacked);
        fileProblems = problems;
        if (!hasError(problems)) {
          sheet = {
            columns: table.headers,
            sample: table.rows.slice(0, SAMPLE_ROWS),
            mapping: suggestMapping(table.headers),
          };
          if (table.rows.length === 0) {
            fileProblems.push({
              field: 'file',
              severity: 'error',
              message: `Regnearket ${fileName} har ingen rækker under overskrifterne.`,
            });
          }
        }
      }
    } catch (caught) {
      if (!(caught instanceof UnreadableFile)) throw caught;
      fileProblems = [caught.problem];
    }
    const columnProblems = sheet ? missingColumns(sheet.mapping.columns) : [];
    const status = hasError(fileProblems)
      ? 'failed'
      : columnProblems.length > 0
        ? 'needs_mapping'
        : 'checking';
    const id = await this.tenancy.run(tenant, async () => {
      await this.imports.deleteOld();
      const id = await this.imports.insert({
        format,
        fileName,
        file: stored,
        status,
        sheet,
        fileProblems: [...fileProblems, ...columnProblems],
        createdBy: actor.label,
      });
      await this.auditLog.record({
        entityType: 'tenant',
        entityId: tenant.id,
        action: 'upload_catalogue_import',
        actor,
        changes: { importId: id, format, fileName },
      });
      return id;
    });
    if (status === 'checking') this.start(tenant, id, 'check', actor);
    return this.get(tenant, id);
  }

  async list(tenant: TenantRef): Promise<ImportList> {
    const rows = await this.tenancy.run(tenant, () => this.imports.list(RECENT_IMPORTS));
    return { items: rows.map((row) => importView(row)) };
  }

  async get(tenant: TenantRef, id: string): Promise<ImportView> {
    return importView(await this.tenancy.run(tenant, () => this.load(id)));
  }

  async rows(
    tenant: TenantRef,
    id: string,
    query: { page: number; size: number; only?: 'problems' },
  ): Promise<ImportRowPage> {
    return this.tenancy.run(tenant, async () => {
      await this.load(id);
      const { items, total } = await this.imports.rowsPage(id, {
        ...query,
        onlyProblems: query.only === 'problems',
      });
      return { items: items.map(importRowView), total, page: query.page, size: query.size };
    });
  }

  /** Sets a sheet's column mapping and runs the dry run again with it. */
  async setMapping(
    tenant: TenantRef,
    id: string,
    mapping: ImportMappingDto,
    actor: Actor,
  ): Promise<ImportView> {
    const status = await this.tenancy.run(tenant, async () => {
      const current = await this.load(id);
      if (current.format !== 'sheet' || !current.sheet) {
        throw new ConflictException({
          title: 'Ingen kolonner at vælge',
          detail: 'Kun et regneark har kolonner, der skal knyttes til felter.',
        });
      }
      if (current.status === 'checking' || current.status === 'applying') throw busy(current);
      const unknown = Object.entries(mapping.columns).filter(
        ([, header]) => header && !current.sheet?.columns.includes(header),
      );
      const externalIdColumn = mapping.externalIdColumn ?? null;
      if (externalIdColumn && !current.sheet.columns.includes(externalIdColumn))
        unknown.push(['externalIdColumn', externalIdColumn]);
      if (unknown.length > 0) {
        throw new BadRequestException({
          title: 'Ukendt kolonne',
          detail: unknown
            .map(([field, header]) => `Kolonnen «${header}» (${field}) findes ikke i regnearket.`)
            .join(' '),
          errors: unknown.map(([field, header]) => ({
            field: field === 'externalIdColumn' ? field : `columns.${field}`,
            message: `Kolonnen «${header}» findes ikke i regnearket. Vælg en af: ${current.sheet?.columns.join(', ')}.`,
          })),
        });
      }
      const columns: SheetMapping = Object.fromEntries(
        SHEET_FIELDS.map((field) => [field.key, mapping.columns[field.key] ?? null]),
      );
      const problems = missingColumns(columns);
      const fileProblems = [
        ...current.fileProblems.filter((problem) => !problem.field.startsWith('columns.')),
        ...problems,
      ];
      const status = problems.length > 0 || hasError(fileProblems) ? 'needs_mapping' : 'checking';
      await this.imports.update(id, {
        sheet: { ...current.sheet, mapping: { columns, externalIdColumn } },
        fileProblems,
        status,
      });
      await this.imports.clearRows(id);
      await this.auditLog.record({
        entityType: 'tenant',
        entityId: tenant.id,
        action: 'map_catalogue_import',
        actor,
        changes: { importId: id, columns, externalIdColumn },
      });
      return status;
    });
    if (status === 'checking') this.start(tenant, id, 'check', actor);
    return this.get(tenant, id);
  }

  /** Applies a checked import; answered at once, the rows are written in the background. */
  async apply(tenant: TenantRef, id: string, actor: Actor): Promise<ImportView> {
    await this.tenancy.run(tenant, async () => {
      const current = await this.load(id);
      if (current.status === 'checking' || current.status === 'applying') throw busy(current);
      if (!['checked', 'applied'].includes(current.status) || hasError(current.fileProblems)) {
        throw new ConflictException({
          title: 'Importen kan ikke gennemføres',
          detail:
            current.status === 'needs_mapping'
              ? 'Vælg først kolonnerne til de felter, der skal udfyldes; så tjekkes filen igen.'
              : 'Filen kunne ikke læses. Ret problemerne i filen, og upload den igen.',
        });
      }
      if (!(await this.imports.claim(id, ['checked', 'applied'], 'applying'))) throw busy(current);
    });
    this.start(tenant, id, 'apply', actor);
    return this.get(tenant, id);
  }

  /** Resolves when the import's dry run or apply in this process has finished (command line, tests). */
  async whenDone(id: string): Promise<void> {
    await this.running.get(id);
  }

  private start(tenant: TenantRef, id: string, mode: RunMode, actor: Actor): void {
    const run = this.runInBackground(tenant, id, mode, actor).finally(() => this.running.delete(id));
    this.running.set(id, run);
  }

  private async runInBackground(tenant: TenantRef, id: string, mode: RunMode, actor: Actor): Promise<void> {
    try {
      const { row, file } = await this.tenancy.run(tenant, async () => ({
        row: await this.load(id),
        file: await this.imports.file(id),
      }));
      const read = await this.read(row, file as Uint8Array);
      if (hasError(read.problems)) {
        await this.tenancy.run(tenant, () =>
          this.imports.update(id, { status: 'failed', fileProblems: read.problems }),
        );
        return;
      }
      const counts = await this.runner.run(tenant, id, read.records, mode, actor);
      await this.tenancy.run(tenant, async () => {
        await this.imports.update(id, {
          status: mode === 'apply' ? 'applied' : 'checked',
          applied: mode === 'apply',
          fileProblems: read.problems,
        });
        if (mode === 'apply') {
          await this.auditLog.record({
            entityType: 'tenant',
            entityId: tenant.id,
            action: 'apply_catalogue_import',
            actor,
            changes: { importId: id, fileName: row.fileName, ...counts },
          });
        }
      });
    } catch (caught) {
      this.logger.error(`Import ${id} (${mode}) failed: ${(caught as Error).stack ?? String(caught)}`);
      await this.tenancy
        .run(tenant, () =>
          this.imports.update(id, {
            status: 'failed',
            fileProblems: [
              {
                field: 'file',
                severity: 'error',
                message:
                  mode === 'apply'
                    ? 'Importen stoppede med en fejl. Det, der allerede er importeret, er gemt; upload filen igen for at importere resten.'
                    : 'Tjekket af filen stoppede med en fejl. Prøv igen, eller kontakt support.',
              },
            ],
          }),
        )
        .catch(() => undefined);
    }
  }

  /** The stored file read again: a dry run and apply read the very same bytes. */
  private async read(row: ImportRow, file: Uint8Array): Promise<ReadImport> {
    try {
      const files = unpackUploads(file);
      if (row.format === 'sheet') {
        const { table, problems } = await readSheetTable(files);
        const mapping = row.sheet?.mapping ?? suggestMapping(table.headers);
        return { records: recordsOfSheet(table, mapping.columns, mapping.externalIdColumn), problems, table };
      }
      return await readHsdsRecords(row.format, files);
    } catch (caught) {
      if (caught instanceof UnreadableFile) return { records: [], problems: [caught.problem] };
      throw caught;
    }
  }

  private async load(id: string): Promise<ImportRow> {
    const row = await this.imports.find(id);
    if (!row) throw notFound(id);
    return row;
  }
}

function busy(current: ImportRow): ConflictException {
  return new ConflictException({
    title: 'Importen er i gang',
    detail: `Importen er ved at ${current.status === 'applying' ? 'blive gennemført' : 'blive tjekket'} (${current.progressDone} af ${current.progressTotal} rækker). Vent til den er færdig.`,
  });
}

/** The service wired by hand, for the command line (which runs without Nest). */
export function importsServiceFor(
  tenancy: TenancyService,
  searchIndex: SearchIndex,
  auditLog: AuditLog,
): ImportsService {
  const imports = new ImportsRepository(tenancy);
  const runner = new ImportRunService(
    tenancy,
    imports,
    new ImportCatalogueRepository(tenancy),
    searchIndex,
    auditLog,
  );
  return new ImportsService(tenancy, imports, runner, auditLog);
}
