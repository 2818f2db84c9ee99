import type { PublicTenantDto } from '@socialkompas/tenancy';
import { renderIndex, webManifest } from './render-index-with-tenant-theme';

const TEMPLATE = '<html><head><title>Socialkompas</title></head><body><div id="root"></div></body></html>';

const tenant = (overrides: Partial<PublicTenantDto> = {}): PublicTenantDto =>
  ({
    slug: 'aarhus',
    name: 'Aarhus Kommune',
    kind: 'municipality',
    theme: { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
    ...overrides,
  }) as PublicTenantDto;

describe('renderIndex', () => {
  it('puts the tenant’s name, colours and public data into the first HTML', () => {
    const html = renderIndex(TEMPLATE, tenant());
    expect(html).toContain('<title>Aarhus Kommune – Socialkompas</title>');
    expect(html).toContain(
      '<style id="sk-theme">:root{--sk-color-primary:#003d73;--sk-color-on-primary:#ffffff}</style>',
    );
    expect(html).toContain('<meta name="theme-color" content="#003d73" />');
    const inlined = /<script id="sk-tenant" type="application\/json">(.*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(inlined ?? '')).toMatchObject({ slug: 'aarhus', name: 'Aarhus Kommune' });
  });

  it('cannot be made to run a script or inject CSS by what a tenant stores', () => {
    const html = renderIndex(
      TEMPLATE,
      tenant({
        name: '</script><script>alert(1)</script>',
        theme: { primaryColor: 'red;}body{display:none', primaryTextColor: '#fff' },
      }),
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain(
      '<title>&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; – Socialkompas</title>',
    );
    expect(html).toContain('<style id="sk-theme">:root{--sk-color-on-primary:#ffffff}</style>');
    expect(html).toContain('"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
  });

  it('takes a tenant’s texts literally, even where they look like replacement patterns', () => {
    const html = renderIndex(TEMPLATE, tenant({ name: "Kommune $' $&" }));
    expect(html).toContain('<title>Kommune $&#39; $&#38; – Socialkompas</title>');
    expect(html).toContain(`"name":"Kommune $' $&"`);
    expect(html.match(/<head>/g)).toHaveLength(1);
  });

  it('leaves the page as built when the host has no serviceable tenant', () => {
    expect(renderIndex(TEMPLATE, undefined)).toBe(TEMPLATE);
  });
});

describe('webManifest', () => {
  it('names the installed app after the tenant, in its colour', () => {
    expect(webManifest(tenant())).toMatchObject({
      name: 'Aarhus Kommune – Socialkompas',
      short_name: 'Aarhus Kommune',
      theme_color: '#003d73',
      lang: 'da',
      display: 'standalone',
    });
  });
});
