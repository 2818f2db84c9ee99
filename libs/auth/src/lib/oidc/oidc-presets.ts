/** The identity providers Danish municipalities use, each with the issuer form it needs. */
export const OIDC_PRESETS = ['entra_id', 'os2faktor', 'keycloak', 'other', 'development'] as const;
export type OidcPreset = (typeof OIDC_PRESETS)[number];

interface PresetRule {
  pattern: RegExp;
  /** What to write, in the error message: the form with placeholders. */
  form: string;
}

/**
 * Entra ID's v2.0 issuer names the directory (tenant) id; OS2faktor's hosted IdPs live under
 * os2faktor.dk per municipality and name their issuer with a closing slash (its SAML entity id);
 * Keycloak's issuer is a realm (`/auth` before it on Keycloak 16 and older).
 */
const RULES: Partial<Record<OidcPreset, PresetRule>> = {
  entra_id: {
    pattern:
      /^https:\/\/login\.microsoftonline\.com\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/v2\.0$/i,
    form: 'https://login.microsoftonline.com/<mappe-id>/v2.0 (mappe-id er et GUID)',
  },
  os2faktor: {
    pattern: /^https:\/\/([a-z0-9-]+\.)+os2faktor\.dk\/?$/i,
    form: 'https://<navn>.<kommune>.os2faktor.dk/ (som i OS2faktors discovery-dokument)',
  },
  keycloak: {
    pattern: /^https:\/\/[a-z0-9.-]+(:\d{1,5})?(\/auth)?\/realms\/[^/\s?#]+$/i,
    form: 'https://<vært>/realms/<realm>',
  },
};

/** Null when `issuer` has the form `preset` needs, else the Danish message naming the form. */
export function presetIssuerProblem(preset: OidcPreset, issuer: string): string | null {
  const rule = RULES[preset];
  if (!rule || rule.pattern.test(issuer)) return null;
  return `issuer skal have formen ${rule.form}.`;
}
