/** The parts of an issuer's discovery document the login flow needs. */
export interface IssuerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
  end_session_endpoint?: string;
}

const REQUIRED_ENDPOINTS = ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const;
/** Every address a discovery document names that the server or the browser is sent to. */
export const ENDPOINT_FIELDS = [...REQUIRED_ENDPOINTS, 'userinfo_endpoint', 'end_session_endpoint'] as const;

/** One finding about a discovery document, in Danish. */
export interface DiscoveryFinding {
  check: 'issuer' | 'endpoints' | 'origins';
  ok: boolean;
  message: string;
}

/**
 * Checks a discovery document against the configured issuer (OIDC Discovery §4.3: it must name
 * exactly that issuer), for the endpoints login needs, and that every endpoint it names shares
 * the issuer's origin or one the tenant has allowed: otherwise whoever controls the document
 * chooses where the server sends the client secret.
 */
export function checkDiscoveryDocument(
  document: unknown,
  issuer: string,
  allowedOrigins: readonly string[],
): { findings: DiscoveryFinding[]; metadata: IssuerMetadata | null } {
  const fields = (typeof document === 'object' && document !== null ? document : {}) as Record<
    string,
    unknown
  >;
  const findings: DiscoveryFinding[] = [];

  const named = fields['issuer'];
  findings.push(
    named === issuer
      ? { check: 'issuer', ok: true, message: `Dokumentet angiver udstederen ${issuer}, som det skal.` }
      : {
          check: 'issuer',
          ok: false,
          message: `Dokumentet angiver udstederen "${String(named ?? '')}", ikke "${issuer}". Udstederen skal skrives præcis som identitetsudbyderen selv skriver den (også en afsluttende skråstreg).`,
        },
  );

  const missing = REQUIRED_ENDPOINTS.filter(
    (field) => typeof fields[field] !== 'string' || fields[field] === '',
  );
  findings.push(
    missing.length === 0
      ? {
          check: 'endpoints',
          ok: true,
          message: 'Dokumentet angiver authorization-, token- og JWKS-adresser.',
        }
      : { check: 'endpoints', ok: false, message: `Dokumentet mangler ${missing.join(', ')}.` },
  );

  const issuerOrigin = originOf(issuer);
  const allowed = new Set([issuerOrigin, ...allowedOrigins]);
  const foreign: string[] = [];
  for (const field of ENDPOINT_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    const origin = typeof value === 'string' ? originOf(value) : null;
    if (!origin || !allowed.has(origin)) foreign.push(`${field} (${String(value)})`);
  }
  findings.push(
    foreign.length === 0
      ? {
          check: 'origins',
          ok: true,
          message: `Alle adresser i dokumentet ligger på ${[...allowed].join(' eller ')}.`,
        }
      : {
          check: 'origins',
          ok: false,
          message: `${foreign.join(', ')} ligger ikke på udstederens adresse ${issuerOrigin}. Serveren sender kun forespørgsler dertil, eller til adresser der er tilladt for kommunen (allowedOrigins).`,
        },
  );

  const ok = findings.every((finding) => finding.ok);
  return { findings, metadata: ok ? (fields as unknown as IssuerMetadata) : null };
}

/** `https://login.example.dk` of `https://login.example.dk/x/v2.0`; null for what is no http(s) URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
