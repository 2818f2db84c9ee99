import type { Tenant } from '@socialkompas/tenancy';

/** A tenant's freshness rules, from `tenants.settings`, with the defaults every new tenant gets. */
export interface FreshnessSettings {
  /** An offer not confirmed for this many days gets a reminder. */
  staleAfterDays: number;
  /** Days after the reminder before an unanswered offer is flagged stale. */
  graceDays: number;
  /** Whether flagged offers leave public search. */
  hideStale: boolean;
  /** Danish local time of the nightly link check and the daily freshness pass, `HH:MM`. */
  linkCheckAt: string;
  freshnessAt: string;
}

export const DEFAULT_FRESHNESS: FreshnessSettings = {
  staleAfterDays: 180,
  graceDays: 14,
  hideStale: false,
  linkCheckAt: '02:30',
  freshnessAt: '06:00',
};

/** A clock time `HH:MM`, 00:00 to 23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads the settings defensively: a value of the wrong shape falls back to the default. */
export function freshnessSettings(tenant: Pick<Tenant, 'settings'>): FreshnessSettings {
  const settings = tenant.settings ?? {};
  const days = (value: unknown, fallback: number) =>
    Number.isInteger(value) && (value as number) > 0 && (value as number) <= 3650
      ? (value as number)
      : fallback;
  const time = (value: unknown, fallback: string) =>
    typeof value === 'string' && CLOCK_TIME.test(value) ? value : fallback;
  return {
    staleAfterDays: days(settings['staleAfterDays'], DEFAULT_FRESHNESS.staleAfterDays),
    graceDays: days(settings['graceDays'], DEFAULT_FRESHNESS.graceDays),
    hideStale: settings['hideStale'] === true,
    linkCheckAt: time(settings['linkCheckAt'], DEFAULT_FRESHNESS.linkCheckAt),
    freshnessAt: time(settings['freshnessAt'], DEFAULT_FRESHNESS.freshnessAt),
  };
}
