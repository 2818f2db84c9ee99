import { derivedHsdsId, hsdsDateTime } from '../../interchange/export/hsds/hsds-ids';
import type { AuditRow } from './hsds-api.repository';

/**
 * The fields whose changes an HSDS `metadata` entry may show: what the record itself publishes.
 * Contacts, e-mail addresses, phone numbers and who confirmed an offer are left out, and so is who
 * made a change: `updated_by` names the publishing tenant, never a person.
 */
const SERVICE_FIELDS = new Set([
  'name',
  'alternateName',
  'summary',
  'description',
  'url',
  'status',
  'applicationProcess',
  'eligibilityDescription',
  'isFree',
  'feeAmount',
  'feesDescription',
  'referralRequired',
  'anonymous',
  'attendingTypes',
  'languages',
  'minimumAge',
  'maximumAge',
  'scheduleDescription',
  'assuredDate',
]);
const ORGANIZATION_FIELDS = new Set(['name', 'alternateName', 'description', 'website', 'taxId', 'status']);

/** The HSDS record an audit entry's entity is, with the fields its metadata may show. */
export const METADATA_OF = {
  offer: { resourceType: 'service', fields: SERVICE_FIELDS },
  organization: { resourceType: 'organization', fields: ORGANIZATION_FIELDS },
} as const;

interface FieldChange {
  from: unknown;
  to: unknown;
}

const isFieldChange = (value: unknown): value is FieldChange =>
  typeof value === 'object' && value !== null && 'from' in value && 'to' in value;

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An entity's change history as HSDS `metadata`: one entry per published field an audit entry changed. */
export function hsdsMetadata(
  entityType: keyof typeof METADATA_OF,
  entries: readonly AuditRow[],
  publisher: string,
): Record<string, string>[] {
  const { resourceType, fields } = METADATA_OF[entityType];
  return entries.flatMap((entry) =>
    Object.entries(entry.changes).flatMap(([field, value]) => {
      if (!fields.has(field)) return [];
      // A creation records the values themselves (nothing before them), an update each field's `from` and `to`.
      const change = isFieldChange(value) ? value : { from: null, to: value };
      const [previous, replacement] = [text(change.from), text(change.to)];
      if (previous === replacement) return [];
      return [
        {
          id: derivedHsdsId('metadata', entry.entityId, entry.id, field),
          resource_id: entry.entityId,
          resource_type: resourceType,
          last_action_date: hsdsDateTime(new Date(entry.changedAt)).slice(0, 10),
          last_action_type: entry.action,
          field_name: field,
          // Required by HSDS even where there was nothing before: a created field's previous value is "".
          previous_value: previous,
          replacement_value: replacement,
          updated_by: publisher,
        },
      ];
    }),
  );
}
