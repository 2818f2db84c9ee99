import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from '../catalogue/catalogue-fixture';

describe('theme editor: a tenant administrator sets colours and logo', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;

  const saveTheme = (fixture: CatalogueFixture, body: object) => fixture.patch('/api/v1/admin/theme', body);

  beforeAll(async () => {
    const theme = { primaryColor: '#003d73', primaryTextColor: '#ffffff' };
    ({ testApp, a, b } = await startTwoTenants('tema', ['Temakommune A', 'Temakommune B'], { theme }));
  });

  afterAll(() => testApp.close());

  it('saves a readable theme, which the public tenant answer shows at once, for that tenant only', async () => {
    // Warm the host cache first: the change must not wait for it to expire.
    expect((await a.get('/api/v1/tenant').expect(200)).body.theme.primaryColor).toBe('#003d73');
    const saved = await saveTheme(a, {
      primaryColor: '#5C2D91',
      logoUrl: 'https://www.example.dk/logo.svg',
    }).expect(200);
    expect(saved.body).toEqual({
      primaryColor: '#5c2d91',
      primaryTextColor: '#ffffff',
      logoUrl: 'https://www.example.dk/logo.svg',
    });
    expect((await a.get('/api/v1/tenant').expect(200)).body.theme).toEqual(saved.body);
    expect((await a.get('/api/v1/admin/theme').expect(200)).body).toEqual(saved.body);
    expect((await b.get('/api/v1/tenant').expect(200)).body.theme).toEqual({
      primaryColor: '#003d73',
      primaryTextColor: '#ffffff',
    });
  });

  it('refuses colours below WCAG 2.1 AA, naming each failing pair and its ratio in Danish', async () => {
    const refused = await saveTheme(a, { primaryColor: '#aabbcc' }).expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'primaryTextColor',
      'primaryColor',
    ]);
    expect(refused.body.detail).toBe(
      'Kontrasten mellem primærfarve (#aabbcc) og tekst på primærfarve (#ffffff) er 1,9:1; WCAG 2.1 AA kræver mindst 4,5:1. ' +
        'Kontrasten mellem primærfarve (#aabbcc) og sidens hvide baggrund (#ffffff) er 1,9:1; WCAG 2.1 AA kræver mindst 4,5:1.',
    );
    const darkOnDark = await saveTheme(a, { primaryTextColor: '#333333' }).expect(400);
    expect(darkOnDark.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'primaryTextColor',
    ]);
    expect((await a.get('/api/v1/admin/theme').expect(200)).body.primaryColor).toBe('#5c2d91');
  });

  it('names malformed colours, logo addresses and fields the editor does not own', async () => {
    const refused = await saveTheme(a, {
      primaryColor: '#fff',
      primaryTextColor: 'white',
      logoUrl: 'http://www.example.dk/logo.svg',
      name: 'Nyt navn',
    }).expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'logoUrl',
      'name',
      'primaryColor',
      'primaryTextColor',
    ]);
    expect(refused.body.errors).toContainEqual({
      field: 'primaryColor',
      message: 'primaryColor skal være en farve som #003d73: # og seks hexcifre.',
    });
    await saveTheme(a, { logoUrl: `https://www.example.dk/${'x'.repeat(2000)}.svg` }).expect(400);
    expect((await a.get('/api/v1/tenant').expect(200)).body.name).toBe('Temakommune A');
  });

  it('takes plain http only for a local logo, and clears the logo with null', async () => {
    await saveTheme(a, { logoUrl: 'http://logo.localhost:3000/logo.svg' }).expect(200);
    const cleared = await saveTheme(a, { logoUrl: null }).expect(200);
    expect(cleared.body).toEqual({ primaryColor: '#5c2d91', primaryTextColor: '#ffffff' });
  });

  it('records every saved change in the tenant’s own audit log', async () => {
    const entries = (await a.get('/api/v1/admin/audit-log?action=update_theme').expect(200)).body.items;
    expect(entries.map((entry: { changes: object }) => entry.changes)).toEqual([
      { logoUrl: { from: 'http://logo.localhost:3000/logo.svg', to: null } },
      {
        logoUrl: {
          from: 'https://www.example.dk/logo.svg',
          to: 'http://logo.localhost:3000/logo.svg',
        },
      },
      {
        primaryColor: { from: '#003d73', to: '#5c2d91' },
        logoUrl: { from: null, to: 'https://www.example.dk/logo.svg' },
      },
    ]);
    expect((await b.get('/api/v1/admin/audit-log?action=update_theme').expect(200)).body.items).toEqual([]);
  });

  it('applies two administrators’ saves one after the other, neither undoing the other', async () => {
    // B's tenant still has its provisioned theme: each save changes a different field.
    await Promise.all([
      saveTheme(b, { primaryColor: '#7a1f5c' }).expect(200),
      saveTheme(b, { logoUrl: 'https://www.example.dk/b.svg' }).expect(200),
    ]);
    expect((await b.get('/api/v1/admin/theme').expect(200)).body).toEqual({
      primaryColor: '#7a1f5c',
      primaryTextColor: '#ffffff',
      logoUrl: 'https://www.example.dk/b.svg',
    });
    const entries = (await b.get('/api/v1/admin/audit-log?action=update_theme').expect(200)).body.items;
    expect(entries).toHaveLength(2);
    // An empty save changes nothing and records nothing.
    await saveTheme(b, {}).expect(200);
    expect((await b.get('/api/v1/admin/audit-log?action=update_theme').expect(200)).body.items).toHaveLength(2);
  });
});
