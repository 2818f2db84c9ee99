import { createHash } from 'node:crypto';

/** The namespace of the ids we derive for HSDS records that have no row of their own here. */
const SOCIALKOMPAS_HSDS_NAMESPACE = Buffer.from('5b0f2a8e4c1d4e7a9f3b6c2d1e0a9b8c', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5) for an HSDS record we store as a column rather than a row
 * (an offer's phone number, its languages, the link between an offer and a place). The same
 * record gets the same id in every export, so an export imported again elsewhere stays idempotent.
 */
export function derivedHsdsId(kind: string, ...parts: string[]): string {
  const hash = createHash('sha1')
    .update(SOCIALKOMPAS_HSDS_NAMESPACE)
    .update([kind, ...parts].join(':'))
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** HSDS datetimes carry no fractional seconds: `2026-12-03T09:15:00Z`. */
export function hsdsDateTime(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
