import type { EditorOrganization, NewOrganization, OrganizationUpdate } from './organizations-api';

/**
 * The association form's state, each control's value as the control holds it. Its keys are the
 * API's field names, so the API's field messages find their control.
 */
export interface OrganizationDraft {
  name: string;
  taxId: string;
  description: string;
  website: string;
  email: string;
  phone: string;
  trusted: boolean;
}

export type OrganizationField = keyof OrganizationDraft;

/** The fields in the order the form shows them (and the error summary lists them). */
export const ORGANIZATION_FIELDS = [
  'name',
  'taxId',
  'description',
  'website',
  'email',
  'phone',
  'trusted',
] as const satisfies readonly OrganizationField[];

export const EMPTY_ORGANIZATION: OrganizationDraft = {
  name: '',
  taxId: '',
  description: '',
  website: '',
  email: '',
  phone: '',
  trusted: false,
};

export function organizationDraftOf(organization: EditorOrganization): OrganizationDraft {
  return {
    name: organization.name,
    taxId: organization.taxId ?? '',
    description: organization.description,
    website: organization.website ?? '',
    email: organization.email ?? '',
    phone: organization.phone ?? '',
    trusted: organization.trusted,
  };
}

export function changedOrganizationFields(
  before: OrganizationDraft,
  after: OrganizationDraft,
): OrganizationField[] {
  return ORGANIZATION_FIELDS.filter((field) => before[field] !== after[field]);
}

/** Fields stored as null when empty: an empty text would fail their format check. */
const CLEARED_AS_NULL: readonly OrganizationField[] = ['taxId', 'website', 'email', 'phone'];

function apiValueOf(draft: OrganizationDraft, field: OrganizationField): string | boolean | null {
  const value = draft[field];
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' && CLEARED_AS_NULL.includes(field) ? null : text;
}

/** The POST body: the fields filled in, empty ones left out. */
export function newOrganizationOf(draft: OrganizationDraft): NewOrganization {
  const filled = ORGANIZATION_FIELDS.filter((field) => apiValueOf(draft, field) !== null).map((field) => [
    field,
    apiValueOf(draft, field),
  ]);
  return Object.fromEntries(filled.filter(([, value]) => value !== '')) as NewOrganization;
}

/**
 * The PATCH body: only what the editor changed, so a save never writes back what someone else may
 * have changed meanwhile, and the version the editor started from.
 */
export function organizationUpdateOf(
  base: OrganizationDraft,
  draft: OrganizationDraft,
  version: number,
): OrganizationUpdate {
  const changes = Object.fromEntries(
    changedOrganizationFields(base, draft).map((field) => [field, apiValueOf(draft, field)]),
  );
  // `null` clears a nullable field; the OpenAPI document does not say which fields are nullable.
  return { ...changes, version } as OrganizationUpdate;
}
