export const TENANT_KINDS = ['municipality', 'region', 'national'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

function isTenantKind(value: unknown): value is TenantKind {
  return TENANT_KINDS.some((kind) => kind === value);
}

export interface TenantTheme {
  primaryColor?: string;
  primaryTextColor?: string;
  logoUrl?: string;
}

/** What `GET /api/v1/tenant` says about the municipality, region or national portal of this host. */
export interface PublicTenant {
  slug: string;
  name: string;
  kind: TenantKind;
  theme: TenantTheme;
  accessibilityStatementUrl?: string;
  contactEmail?: string;
  contactPhone?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Checks an untrusted body (the API's answer or the page's inlined copy) and keeps only known fields. */
export function toPublicTenant(body: unknown): PublicTenant | undefined {
  if (!isRecord(body)) return undefined;
  const { slug, name, kind, theme } = body;
  if (typeof slug !== 'string' || typeof name !== 'string') return undefined;
  if (!isTenantKind(kind)) return undefined;
  const themeRecord = isRecord(theme) ? theme : {};
  return {
    slug,
    name,
    kind,
    theme: {
      primaryColor: optionalString(themeRecord.primaryColor),
      primaryTextColor: optionalString(themeRecord.primaryTextColor),
      logoUrl: optionalString(themeRecord.logoUrl),
    },
    accessibilityStatementUrl: optionalString(body.accessibilityStatementUrl),
    contactEmail: optionalString(body.contactEmail),
    contactPhone: optionalString(body.contactPhone),
  };
}

/**
 * The tenant the server inlined into index.html for this host (see the API's web-client serving),
 * so the first paint already has the right name and colours. Absent under Vite's dev server.
 */
export function inlinedTenant(): PublicTenant | undefined {
  const element = document.getElementById('sk-tenant');
  if (!element?.textContent) return undefined;
  try {
    return toPublicTenant(JSON.parse(element.textContent));
  } catch {
    return undefined;
  }
}
