import type { AuditLogPage } from './admin-api';
import { t as adminT } from './messages';
import { t } from './audit-messages';

export type AuditEntry = AuditLogPage['items'][number];

/** The actions recorded across the API; any other reads as "Handlingen "…" på …". */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'submit',
  'publish',
  'archive',
  'reopen',
  'confirm',
  'update_requested',
  'update_request_resolved',
  'accept',
  'reject',
  'invite',
  'change_role',
  'deactivate',
  'reactivate',
  'withdraw_invitation',
  'login',
  'logout',
  'login_failed',
  'provision_again',
  'suspend',
  'resume',
  'add_domain',
  'remove_domain',
  'update_theme',
  'update_settings',
  'export_catalogue',
  'propose',
  'approve',
  'request_access',
  'email_login_requested',
  'email_login_refused',
  'test_connection',
  'hide',
  'show',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Actions whose sentence ends with what was changed: "Redigerede …: pris, åbningstider". */
const LISTS_FIELDS = new Set<AuditAction>(['update', 'update_theme', 'update_settings']);

type FieldWord = Parameters<typeof t>[0] extends infer Key
  ? Key extends `field.${infer Word}`
    ? Word
    : never
  : never;

/**
 * The API's field names as an editor's words; several fields may be one word (the price is
 * `isFree`, `feeAmount` and `feesDescription`). `null`: bookkeeping that says nothing to an editor.
 */
const FIELD_WORDS: Record<string, FieldWord | null> = {
  name: 'name',
  alternateName: 'alternateName',
  summary: 'summary',
  description: 'description',
  url: 'url',
  website: 'website',
  email: 'email',
  phone: 'phone',
  cvr: 'cvr',
  applicationProcess: 'applicationProcess',
  eligibilityDescription: 'eligibilityDescription',
  isFree: 'price',
  feeAmount: 'price',
  feesDescription: 'price',
  referralRequired: 'referralRequired',
  anonymous: 'anonymous',
  attendingTypes: 'attendingTypes',
  languages: 'languages',
  minimumAge: 'age',
  maximumAge: 'age',
  scheduleDescription: 'schedules',
  schedules: 'schedules',
  status: 'status',
  organizationId: 'organization',
  organization: 'organization',
  locations: 'locations',
  contacts: 'contacts',
  terms: 'terms',
  termIds: 'terms',
  assuredDate: 'assuredDate',
  trusted: 'trusted',
  code: 'code',
  synonyms: 'synonyms',
  postcodes: 'postcodes',
  primaryColor: 'primaryColor',
  primaryTextColor: 'primaryTextColor',
  logoUrl: 'logoUrl',
  staleAfterDays: 'staleAfterDays',
  graceDays: 'graceDays',
  hideStale: 'hideStale',
  linkCheckAt: 'linkCheckAt',
  freshnessAt: 'freshnessAt',
  accessibilityStatementUrl: 'accessibilityStatementUrl',
  accessibilityStatement: 'accessibilityStatement',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  issuer: 'issuer',
  clientId: 'clientId',
  clientSecret: 'clientSecret',
  scopes: 'scopes',
  claimMapping: 'claimMapping',
  selfProvisioning: 'selfProvisioning',
  nearbyOffers: 'nearbyOffers',
  id: null,
  version: null,
  createdAt: null,
  updatedAt: null,
  publishedAt: null,
  remindedAt: null,
  staleSince: null,
  hiddenAsStale: null,
  assurerEmail: null,
};

function isAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** A changed field in words; an unknown one as "andre oplysninger", bookkeeping as nothing. */
export function fieldWord(field: string): string | null {
  const word = field in FIELD_WORDS ? FIELD_WORDS[field] : 'other';
  return word === null ? null : t(`field.${word}`);
}

/** "pris, åbningstider": the changed fields in words, each word once, in the order changed. */
export function changedFieldWords(changes: AuditEntry['changes']): string[] {
  const words = Object.keys(changes ?? {}).flatMap((field) => fieldWord(field) ?? []);
  return [...new Set(words)];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function roleWord(changes: AuditEntry['changes']): string {
  const role = changes?.role;
  const code = typeof role === 'object' && role !== null && 'to' in role ? role.to : role;
  const known = [
    'tenant_admin',
    'editor',
    'staff',
    'regional_coordinator',
    'platform_admin',
    'association',
  ] as const;
  const found = known.find((candidate) => candidate === code);
  return found ? adminT(`role.${found}`).toLocaleLowerCase() : text(code);
}

/** Where the thing the entry is about can be opened, if it has a page. */
function entityHref(entry: AuditEntry): string | null {
  const id = entry.entityId;
  if (!id) return null;
  switch (entry.entityType) {
    case 'offer':
      return `/personale/tilbud/${id}`;
    case 'organization':
      return `/personale/foreninger/${id}`;
    case 'offer_revision': {
      const offerId = text(entry.changes?.offerId);
      return offerId ? `/personale/tilbud/${offerId}` : '/personale/godkendelse';
    }
    case 'access_request': {
      const organizationId = text(entry.changes?.organizationId);
      return organizationId ? `/personale/foreninger/${organizationId}` : '/personale/godkendelse';
    }
    case 'offer_suggestion': {
      const offerId = text(entry.changes?.offerId);
      return offerId ? `/personale/tilbud/${offerId}` : '/personale/godkendelse';
    }
    case 'membership':
    case 'user':
      return '/admin';
    case 'tenant':
      if (entry.action === 'update_theme') return '/admin/tema';
      if (entry.action === 'update_settings') return '/admin/indstillinger';
      if (entry.action === 'export_catalogue') return '/admin/import';
      return null;
    case 'oidc_provider':
      return '/admin/login';
    case 'national_offer':
      return '/admin/landsdaekkende-tilbud';
    default:
      return null;
  }
}

export interface AuditSentence {
  /** The sentence, with `{entity}` where the thing it was done to stands. */
  text: string;
  /** "tilbuddet «Sorggruppe»", or "et tilbud" where its name is not known. */
  entity: string;
  href: string | null;
}

/** What an entry says happened, as a sentence: "Redigerede tilbuddet «Sorggruppe»: pris, åbningstider". */
export function auditSentence(entry: AuditEntry): AuditSentence {
  const entity = entry.entityLabel
    ? t(`the.${entry.entityType}`, { label: entry.entityLabel })
    : t(`a.${entry.entityType}`);
  const values = { role: roleWord(entry.changes), host: text(entry.changes?.host), action: entry.action };
  const action = isAction(entry.action) ? entry.action : null;
  const base = action ? t(`do.${action}`, values) : t('do.unknown', values);
  const fields = action && LISTS_FIELDS.has(action) ? changedFieldWords(entry.changes) : [];
  return {
    text: fields.length > 0 ? `${base}: ${fields.join(', ')}` : base,
    entity,
    href: entityHref(entry),
  };
}

/** An action for the filter: its sentence with the blanks left open ("Redigerede …"). */
export function auditActionLabel(action: AuditAction): string {
  return t(`do.${action}`, { entity: '…', role: '…', host: '…' });
}
