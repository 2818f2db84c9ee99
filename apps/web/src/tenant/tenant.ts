export type TenantKind = 'municipality' | 'region';

export interface TenantTheme {
  primaryColor?: string;
  primaryTextColor?: string;
  logoUrl?: string;
}

/** What `GET /api/v1/tenant` says about the municipality or region this host belongs to. */
export interface PublicTenant {
  slug: string;
  name: string;
  kind: TenantKind;
  theme: TenantTheme;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Checks an untrusted response body and keeps only the fields the client knows. */
export function toPublicTenant(body: unknown): PublicTenant | undefined {
  if (!isRecord(body)) return undefined;
  const { slug, name, kind, theme } = body;
  if (typeof slug !== 'string' || typeof name !== 'string') return undefined;
  if (kind !== 'municipality' && kind !== 'region') return undefined;
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
  };
}
