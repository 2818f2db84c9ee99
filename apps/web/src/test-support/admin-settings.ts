import type { Settings } from '../admin/admin-api';

/** A tenant's settings as `GET /api/v1/admin/settings` answers them, defaults filled in. */
export const TEST_SETTINGS: Settings = {
  freshness: {
    staleAfterDays: 180,
    graceDays: 14,
    hideStale: false,
    linkCheckAt: '02:30',
    freshnessAt: '06:00',
  },
  publicContact: { accessibilityStatementUrl: null, contactEmail: null, contactPhone: null },
  search: { nearbyOffers: 'off' },
};
