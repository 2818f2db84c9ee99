import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from '../catalogue-fixture';
import {
  csvText,
  HSDS_EXAMPLES,
  hsdsPackageFiles,
  hsdsPackageZip,
  SHEET_HEADER,
  sheetRow,
  windows1252,
  xlsxOf,
} from './import-files';

interface ImportBody {
  id: string;
  status: string;
  format: string;
  counts: Record<string, number>;
  progress: { done: number; total: number };
  fileProblems: { field: string; message: string; severity: string }[];
  sheet?: {
    columns: string[];
    mapping: { columns: Record<string, string | null>; externalIdColumn: string | null };
  };
}

interface RowBody {
  row: number;
  action: string;
  externalId?: string;
  title?: string;
  problems: { field: string; message: string; severity: string; suggestions?: string[] }[];
}

describe('catalogue import: a dry run report in Danish first, then apply, idempotent by external id', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;

  const upload = (
    fixture: CatalogueFixture,
    files: { name: string; bytes: Buffer }[],
    base = '/api/v1/admin/imports',
  ) => {
    let call = fixture.http().post(base).set('Host', fixture.host);
    for (const file of files) call = call.attach('files', file.bytes, file.name);
    return call;
  };

  /** Polls the import until its dry run or apply has finished. */
  async function settled(
    fixture: CatalogueFixture,
    id: string,
    base = '/api/v1/admin/imports',
  ): Promise<ImportBody> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const { body } = await fixture.get(`${base}/${id}`).expect(200);
      if (body.status !== 'checking' && body.status !== 'applying') return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Import ${id} did not finish`);
  }

  async function uploaded(
    fixture: CatalogueFixture,
    files: { name: string; bytes: Buffer }[],
  ): Promise<ImportBody> {
    const created = await upload(fixture, files).expect(201);
    return settled(fixture, created.body.id);
  }

  async function applied(fixture: CatalogueFixture, id: string): Promise<ImportBody> {
    await fixture.post(`/api/v1/admin/imports/${id}/apply`, {}).expect(202);
    return settled(fixture, id);
  }

  const rows = async (fixture: CatalogueFixture, id: string, query = 'size=100'): Promise<RowBody[]> =>
    (await fixture.get(`/api/v1/admin/imports/${id}/rows?${query}`).expect(200)).body.items;

  const offerCount = async (fixture: CatalogueFixture): Promise<number> => {
    const [{ count }] = await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM "t_${fixture.slug}".offers`);
    return count;
  };

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('imp', ['Importkommune A', 'Importkommune B']));
  });

  afterAll(() => testApp.close());

  it('imports the HSDS example package: a report first, then the offer is published and found; applying again changes nothing', async () => {
    const checked = await uploaded(a, [{ name: 'hsds-eksempel.zip', bytes: hsdsPackageZip() }]);
    expect(checked).toMatchObject({
      format: 'hsds_package',
      status: 'checked',
      counts: { create: 1, update: 0, unchanged: 0, invalid: 0 },
    });
    const [row] = await rows(a, checked.id);
    expect(row).toMatchObject({
      row: 1,
      externalId: 'ac148810-d857-441c-9679-408f346de14b',
      title: 'Community Counselling',
      action: 'create',
    });
    // The example's address is in the US: the place is left out, and the report says so.
    expect(row.problems.map((problem) => problem.message)).toContain(
      'Række 1: Adressen ligger ikke i Danmark (land US); stedet er udeladt.',
    );
    expect(await offerCount(a)).toBe(0);

    const done = await applied(a, checked.id);
    expect(done).toMatchObject({
      status: 'applied',
      counts: { create: 1, update: 0, unchanged: 0, invalid: 0 },
    });
    expect(await offerCount(a)).toBe(1);
    const search = await a.get('/api/v1/offers?q=counselling').expect(200);
    expect(search.body.items.map((item: { name: string }) => item.name)).toEqual(['Community Counselling']);

    const again = await applied(a, checked.id);
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 1, invalid: 0 });
    // The same package as its loose files, uploaded anew: nothing to do either.
    const loose = await uploaded(a, hsdsPackageFiles());
    expect(loose).toMatchObject({
      format: 'hsds_package',
      counts: { create: 0, update: 0, unchanged: 1, invalid: 0 },
    });
    expect(await offerCount(a)).toBe(1);
  });

  it('imports HSDS JSON (one service or a list) as the same offer, and audits each offer it writes', async () => {
    const service = readFileSync(join(HSDS_EXAMPLES, 'service_full.json'));
    const single = await uploaded(b, [{ name: 'service.json', bytes: service }]);
    expect(single).toMatchObject({
      format: 'hsds_json',
      status: 'checked',
      counts: { create: 1, update: 0, unchanged: 0, invalid: 0 },
    });
    expect((await applied(b, single.id)).counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 0 });
    const list = Buffer.from(JSON.stringify([JSON.parse(service.toString('utf8'))]));
    const second = await uploaded(b, [{ name: 'services.json', bytes: list }]);
    expect(second.counts).toEqual({ create: 0, update: 0, unchanged: 1, invalid: 0 });
    expect((await applied(b, second.id)).counts).toEqual({ create: 0, update: 0, unchanged: 1, invalid: 0 });
    const audit = await testApp.app
      .get(DataSource)
      .query(
        `SELECT entity_type, action FROM "t_${b.slug}".audit_log WHERE action LIKE '%import%' ORDER BY id`,
      );
    expect(audit).toEqual([
      { entity_type: 'tenant', action: 'upload_catalogue_import' },
      { entity_type: 'organization', action: 'import_create' },
      { entity_type: 'offer', action: 'import_create' },
      { entity_type: 'tenant', action: 'apply_catalogue_import' },
      { entity_type: 'tenant', action: 'upload_catalogue_import' },
      { entity_type: 'tenant', action: 'apply_catalogue_import' },
    ]);
  });

  it('names exactly the 7 bad rows of a 1,000-row sheet, writes nothing until applied, and then the valid rows only', async () => {
    const lines = Array.from({ length: 1000 }, (_, index) => sheetRow(index + 1, 'Arkiv'));
    // Sheet line = index + 2 (the header is line 1).
    lines[9][5] = '80000'; // line 11: wrong postcode
    lines[99][6] = 'kontakt@@forening'; // line 101: bad e-mail
    lines[199][1] = ''; // line 201: missing title
    lines[299][9] = 'Ensomhd'; // line 301: unknown topic (a warning, with the term meant)
    lines[399][0] = 'T-5'; // line 401: the same id as line 6
    lines[499][7] = '12 34'; // line 501: bad phone
    lines[599][8] = 'htp//forening'; // line 601: bad web address
    const csv = Buffer.from(csvText([SHEET_HEADER, ...lines]), 'utf8');
    const checked = await uploaded(a, [{ name: 'tilbud.csv', bytes: csv }]);
    expect(checked.status).toBe('checked');
    expect(checked.fileProblems).toEqual([]);
    expect(checked.sheet?.mapping).toMatchObject({
      columns: {
        name: 'Titel',
        organization: 'Forening',
        postalCode: 'Postnr',
        email: 'E-mail',
        challenge: 'Udfordring',
        age: 'Alder',
      },
      externalIdColumn: 'Id',
    });
    expect(checked.counts).toEqual({ create: 994, update: 0, unchanged: 0, invalid: 6 });
    const problems = await rows(a, checked.id, 'only=problems&size=100');
    expect(
      problems.map((row) => [row.row, row.action, row.problems.map((problem) => problem.message)]),
    ).toEqual([
      [11, 'invalid', ['Række 11: Postnr «80000» er ikke et dansk postnummer.']],
      [101, 'invalid', ['Række 101: E-mail «kontakt@@forening» er ikke en gyldig e-mailadresse.']],
      [201, 'invalid', ['Række 201: Titel skal udfyldes.']],
      [
        301,
        'create',
        ['Række 301: Udfordring «Ensomhd» findes ikke i emnelisten og er udeladt. Mente du: Ensomhed?'],
      ],
      [401, 'invalid', ['Række 401: Samme id («T-5») som række 6: rækken er en dublet og springes over.']],
      [501, 'invalid', ['Række 501: Telefon «12 34» er ikke et telefonnummer med 8 cifre, evt. med +45.']],
      [
        601,
        'invalid',
        ['Række 601: Hjemmeside «htp//forening» er ikke en webadresse (fx https://forening.dk).'],
      ],
    ]);
    expect(problems[3].problems[0]).toMatchObject({
      field: 'topics.challenge',
      severity: 'warning',
      suggestions: ['Ensomhed'],
    });
    const before = await offerCount(a);
    const done = await applied(a, checked.id);
    expect(done.counts).toEqual({ create: 994, update: 0, unchanged: 0, invalid: 6 });
    expect(await offerCount(a)).toBe(before + 994);
    const found = await a.get('/api/v1/offers?q=Arkiv%20nr.%20777').expect(200);
    expect(found.body.items[0].name).toBe('Arkiv nr. 777 for borgere');

    // One row changed in the file: one update, the rest unchanged.
    lines[0][3] = 'En ny beskrivelse.';
    const changed = await uploaded(a, [
      { name: 'tilbud.csv', bytes: Buffer.from(csvText([SHEET_HEADER, ...lines]), 'utf8') },
    ]);
    expect(changed.counts).toEqual({ create: 0, update: 1, unchanged: 993, invalid: 6 });
  });

  it('reads a Windows-1252 sheet with a warning, and refuses doubly encoded text', async () => {
    const text = csvText([SHEET_HEADER, sheetRow(1, 'Strikkecafé i Århus'), sheetRow(2, 'Søndagsgåtur')]);
    const latin = await uploaded(b, [{ name: 'excel.csv', bytes: windows1252(text) }]);
    expect(latin.status).toBe('checked');
    expect(latin.fileProblems).toEqual([
      expect.objectContaining({
        field: 'file',
        severity: 'warning',
        message: expect.stringContaining('er læst som Windows-1252'),
      }),
    ]);
    expect((await rows(b, latin.id)).map((row) => row.title)).toEqual([
      'Strikkecafé i Århus nr. 1 for borgere',
      'Søndagsgåtur nr. 2 for borgere',
    ]);
    const doubled = Buffer.from(windows1252(text).toString('latin1'), 'utf8').toString('latin1');
    const broken = await uploaded(b, [{ name: 'dobbelt.csv', bytes: Buffer.from(doubled, 'utf8') }]);
    expect(broken.status).toBe('failed');
    expect(broken.fileProblems[0]).toMatchObject({ field: 'file', severity: 'error' });
    expect(broken.fileProblems[0].message).toContain('kodet om to gange');
    await b.post(`/api/v1/admin/imports/${broken.id}/apply`, {}).expect(409);
  });

  it('asks for the columns a sheet lacks, and checks it once they are mapped', async () => {
    const sheet = [
      ['Nr', 'Aktivitetens navn', 'Arrangør', 'Post nr'],
      ['1', 'Gåtur ved åen', 'Naturvejlederne', '8300'],
    ];
    const created = await upload(b, [{ name: 'gamle-site.xlsx', bytes: xlsxOf(sheet) }]).expect(201);
    expect(created.body.status).toBe('needs_mapping');
    expect(created.body.sheet.columns).toEqual(['Nr', 'Aktivitetens navn', 'Arrangør', 'Post nr']);
    expect(created.body.fileProblems).toEqual([
      {
        field: 'columns.name',
        severity: 'error',
        message: 'Der er ingen kolonne til Titel, som skal udfyldes. Vælg den kolonne, der indeholder titel.',
      },
    ]);
    await b.post(`/api/v1/admin/imports/${created.body.id}/apply`, {}).expect(409);
    const refused = await b
      .http()
      .put(`/api/v1/admin/imports/${created.body.id}/mapping`)
      .set('Host', b.host)
      .send({ columns: { name: 'Navnet', shoeSize: 'Nr' } })
      .expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['columns']);
    await b
      .http()
      .put(`/api/v1/admin/imports/${created.body.id}/mapping`)
      .set('Host', b.host)
      .send({
        columns: { name: 'Aktivitetens navn', organization: 'Arrangør', postalCode: 'Post nr' },
        externalIdColumn: 'Nr',
      })
      .expect(200);
    const checked = await settled(b, created.body.id);
    expect(checked).toMatchObject({ status: 'checked', fileProblems: [], counts: { create: 1, invalid: 0 } });
    expect(await rows(b, checked.id)).toEqual([
      { row: 2, externalId: '1', title: 'Gåtur ved åen', action: 'create', problems: [] },
    ]);
  });

  it('warns of a row that looks like an offer already in the catalogue, and keeps the warning through apply', async () => {
    const organizationId = await b.organization('Angstforeningen Østjylland');
    await b.offer({
      organizationId,
      name: 'Samtalegruppe for unge med angst',
      attendingTypes: ['in_person'],
      languages: ['da'],
    });
    const sheet = [
      ['Id', 'Titel', 'Forening'],
      ['A-1', 'Samtalegruppe for unge med angst', 'Angstforeningen Østjylland'],
      ['A-2', 'Løbeklub for nybegyndere', 'Angstforeningen Østjylland'],
    ];
    const checked = await uploaded(b, [{ name: 'foreningen.xlsx', bytes: xlsxOf(sheet) }]);
    const expected = [
      {
        field: 'duplicate',
        severity: 'warning',
        message:
          'Række 2: Ligner det eksisterende tilbud «Samtalegruppe for unge med angst» (100 % ens). Tjek at det ikke er det samme tilbud; ellers oprettes det som nyt.',
      },
    ];
    expect((await rows(b, checked.id, 'only=problems')).map((row) => row.problems)).toEqual([expected]);
    expect((await applied(b, checked.id)).counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 0 });
    expect((await rows(b, checked.id, 'only=problems')).map((row) => row.problems)).toEqual([expected]);
  });

  it('keeps each tenant’s imports to itself: another tenant’s import is not found', async () => {
    const own = await uploaded(a, [
      { name: 'service.json', bytes: readFileSync(join(HSDS_EXAMPLES, 'service_full.json')) },
    ]);
    await b.get(`/api/v1/admin/imports/${own.id}`).expect(404);
    await b.get(`/api/v1/admin/imports/${own.id}/rows`).expect(404);
    await b.post(`/api/v1/admin/imports/${own.id}/apply`, {}).expect(404);
    expect(
      (await b.get('/api/v1/admin/imports').expect(200)).body.items.map((item: { id: string }) => item.id),
    ).not.toContain(own.id);
  });

  it('lets the platform import for a chosen tenant through its own route', async () => {
    const base = `/api/v1/platform/tenants/${b.slug}/imports`;
    const created = await upload(
      a,
      [{ name: 'tilbud.csv', bytes: Buffer.from(csvText([SHEET_HEADER, sheetRow(1, 'Platform')]), 'utf8') }],
      base,
    ).expect(201);
    const checked = await settled(a, created.body.id, base);
    expect(checked.counts.create).toBe(1);
    // Made on A's host, but for B: B's own route sees it, A's does not.
    await b.get(`/api/v1/admin/imports/${created.body.id}`).expect(200);
    await a.get(`/api/v1/admin/imports/${created.body.id}`).expect(404);
    await a.http().post(`${base}/${created.body.id}/apply`).set('Host', a.host).expect(202);
    expect((await settled(a, created.body.id, base)).status).toBe('applied');
    await a.get('/api/v1/platform/tenants/findes_ikke/imports').expect(404);
  });
});
