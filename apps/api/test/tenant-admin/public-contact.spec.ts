import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from '../catalogue/catalogue-fixture';

describe('public contact details: the footer and /was', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;

  const saveSettings = (fixture: CatalogueFixture, body: object) =>
    fixture.patch('/api/v1/admin/settings', body);

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('was', ['Tilgængelig Kommune', 'Anden Kommune']));
  });

  afterAll(() => testApp.close());

  it('starts with no statement: the tenant answer says null and /was answers 404 in Danish', async () => {
    expect((await a.get('/api/v1/tenant').expect(200)).body).toMatchObject({
      accessibilityStatementUrl: null,
      contactEmail: null,
      contactPhone: null,
    });
    const missing = await a.get('/was').expect(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body).toMatchObject({
      title: 'Ingen tilgængelighedserklæring',
      detail: 'Tilgængelig Kommune har endnu ikke angivet en tilgængelighedserklæring.',
    });
  });

  it('lets the administrator set them, shows them publicly and redirects /was, for that tenant only', async () => {
    const statement = 'https://www.was.digst.dk/tilgaengelig-kommune-dk';
    const saved = await saveSettings(a, {
      accessibilityStatementUrl: statement,
      contactEmail: 'socialkompas@tilgaengelig.dk',
      contactPhone: '+45 89 40 20 00',
      staleAfterDays: 120,
    }).expect(200);
    expect(saved.body).toMatchObject({
      freshness: { staleAfterDays: 120 },
      publicContact: {
        accessibilityStatementUrl: statement,
        contactEmail: 'socialkompas@tilgaengelig.dk',
        contactPhone: '+45 89 40 20 00',
      },
    });
    expect((await a.get('/api/v1/tenant').expect(200)).body).toMatchObject(saved.body.publicContact);
    expect((await a.get('/was').expect(302)).headers.location).toBe(statement);

    expect((await b.get('/api/v1/tenant').expect(200)).body.accessibilityStatementUrl).toBeNull();
    await b.get('/was').expect(404);
    const audit = (await a.get('/api/v1/admin/audit-log?action=update_settings').expect(200)).body.items;
    expect(audit[0].changes).toEqual({
      staleAfterDays: { from: 180, to: 120 },
      accessibilityStatementUrl: { from: null, to: statement },
      contactEmail: { from: null, to: 'socialkompas@tilgaengelig.dk' },
      contactPhone: { from: null, to: '+45 89 40 20 00' },
    });
    expect((await b.get('/api/v1/admin/audit-log?action=update_settings').expect(200)).body.total).toBe(0);
  });

  it('refuses a statement over plain http (except on localhost), a bad e-mail and a non-Danish phone number', async () => {
    const refused = await saveSettings(a, {
      accessibilityStatementUrl: 'http://www.was.digst.dk/x',
      contactEmail: 'ikke en adresse',
      contactPhone: '12 34',
    }).expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'accessibilityStatementUrl',
          message:
            'accessibilityStatementUrl skal være en adresse, der begynder med https:// (http:// kun for localhost).',
        },
        { field: 'contactEmail', message: 'contactEmail skal være en gyldig e-mailadresse.' },
        {
          field: 'contactPhone',
          message:
            'contactPhone skal være et dansk telefonnummer med 8 cifre, fx 89 40 20 00 eller +45 89 40 20 00.',
        },
      ]),
    );
    const tooLong = await saveSettings(a, { contactPhone: `+45 ${'8 '.repeat(14)}` }).expect(400);
    expect(tooLong.body.errors).toContainEqual({
      field: 'contactPhone',
      message: 'contactPhone må højst være 30 tegn.',
    });
    for (const url of [
      'https://user:secret@was.example.dk/',
      'javascript:alert(1)',
      'https://intranet/was',
    ]) {
      await saveSettings(a, { accessibilityStatementUrl: url }).expect(400);
    }
    await saveSettings(a, { accessibilityStatementUrl: 'http://was.localhost:3000/erklaering' }).expect(200);
    expect((await a.get('/was').expect(302)).headers.location).toBe('http://was.localhost:3000/erklaering');
  });

  it('clears a detail with "" or null', async () => {
    const cleared = await saveSettings(a, { accessibilityStatementUrl: '', contactPhone: null }).expect(200);
    expect(cleared.body.publicContact).toEqual({
      accessibilityStatementUrl: null,
      contactEmail: 'socialkompas@tilgaengelig.dk',
      contactPhone: null,
    });
    await a.get('/was').expect(404);
  });
});
