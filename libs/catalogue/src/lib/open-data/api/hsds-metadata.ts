import { derivedHsdsId, hsdsDateTime } from '../../interchange/export/hsds/hsds-ids';
import type { OfferAuditRow } from './hsds-api.repository';

/**
 * The offer fields whose changes an HSDS `metadata` entry may show: what the service record itself
 * publishes. Contacts, e-mail addresses, phone numbers and who confirmed an offer are left out,
 * and so is who made a change: `updated_by` names the publishing tenant, never a person.
 */
const PUBLIC_FIELDS = new Set([
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

/** An offer's change history as HSDS `metadata`: one entry per published field an audit entry changed. */
export function hsdsMetadata(entries: readonly OfferAuditRow[], publisher: string): Record<string, string>[] {
  return entries.flatMap((entry) =>
    Object.entries(entry.changes)
      .filter(([field]) => PUBLIC_FIELDS.has(field))
      .map(([field, value]) => {
        // A creation records the values themselves, an update each field's `from` and `to`.
        const change = isFieldChange(value) ? value : { from: null, to: value };
        return {
          id: derivedHsdsId('metadata', entry.offerId, entry.id, field),
          resource_id: entry.offerId,
          resource_type: 'service',
          last_action_date: hsdsDateTime(new Date(entry.changedAt)).slice(0, 10),
          last_action_type: entry.action,
          field_name: field,
          previous_value: text(change.from),
          replacement_value: text(change.to),
          updated_by: publisher,
        };
      }),
  );
}
