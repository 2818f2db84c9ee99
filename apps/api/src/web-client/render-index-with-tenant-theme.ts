import { escapeHtml } from '@socialkompas/http';
import type { PublicTenantDto } from '@socialkompas/tenancy';
import { DEFAULT_PRIMARY_COLOR, normalizeHexColor } from '@socialkompas/theme';

const APP_NAME = 'Socialkompas';

/** JSON that cannot end the <script> element it sits in, whatever the tenant's texts contain. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A stored colour as plain `#rrggbb`, or nothing: a stored value can never inject CSS rules. */
const plainColor = (color: string | undefined) => normalizeHexColor(color ?? '');

function themeStyle(theme: PublicTenantDto['theme']): string {
  const primary = plainColor(theme.primaryColor);
  const onPrimary = plainColor(theme.primaryTextColor);
  const declarations = [
    primary ? `--sk-color-primary:${primary}` : '',
    onPrimary ? `--sk-color-on-primary:${onPrimary}` : '',
  ].filter(Boolean);
  return declarations.length > 0 ? `<style id="sk-theme">:root{${declarations.join(';')}}</style>` : '';
}

/**
 * The client's index.html for one tenant: its name in the title, its colours as CSS custom
 * properties and its public data inlined, so the first paint is already the tenant's (no flash of
 * another theme) and the client needs no request to know where it is.
 */
export function renderIndex(template: string, tenant: PublicTenantDto | undefined): string {
  if (!tenant) return template;
  const primary = plainColor(tenant.theme.primaryColor);
  const head = [
    themeStyle(tenant.theme),
    primary ? `<meta name="theme-color" content="${primary}" />` : '',
    `<script id="sk-tenant" type="application/json">${scriptSafeJson(tenant)}</script>`,
  ].join('');
  return (
    template
      // Replacement functions, so a `$&` or `$'` in a tenant's texts is not read as a pattern.
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(`${tenant.name} – ${APP_NAME}`)}</title>`)
      .replace('</head>', () => `${head}</head>`)
  );
}

/** The web app manifest of a tenant, so the installed app carries its name and colour. */
export function webManifest(tenant: PublicTenantDto | undefined): object {
  const name = tenant ? `${tenant.name} – ${APP_NAME}` : APP_NAME;
  const color = plainColor(tenant?.theme.primaryColor) ?? DEFAULT_PRIMARY_COLOR;
  return {
    name,
    short_name: tenant?.name ?? APP_NAME,
    description: 'Sociale tilbud fra foreninger og kommuner',
    lang: 'da',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: color,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
