import type { OidcPreset } from './identity-provider-api';

/** The presets a person types an issuer for, in the order the form offers them. */
export const TYPED_PRESETS = [
  'entra_id',
  'os2faktor',
  'keycloak',
  'other',
] as const satisfies readonly OidcPreset[];

/**
 * The issuer form each preset needs, checked as the person types so a typo is caught before a
 * round trip; the API checks the same (libs/auth oidc-presets.ts) and has the last word.
 */
const ISSUER_FORMS: Record<(typeof TYPED_PRESETS)[number], RegExp> = {
  entra_id:
    /^https:\/\/login\.microsoftonline\.com\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/v2\.0$/i,
  os2faktor: /^https:\/\/([a-z0-9-]+\.)+os2faktor\.dk\/?$/i,
  keycloak: /^https:\/\/[a-z0-9.-]+(:\d{1,5})?(\/auth)?\/realms\/[^/\s?#]+$/i,
  other: /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)(\/[^\s?#]*)?$/i,
};

export function issuerFits(preset: (typeof TYPED_PRESETS)[number], issuer: string): boolean {
  return ISSUER_FORMS[preset].test(issuer.trim());
}
