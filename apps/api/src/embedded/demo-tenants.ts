import { CreateTenantInput } from '@socialkompas/tenancy';

export interface DemoTenant extends CreateTenantInput {
  /** Generated demo offers the tenant gets once, while it has none. */
  demoOffers: number;
  /** Settings the tenant starts with; like the theme, applied only when the tenant is created. */
  settings?: Record<string, unknown>;
}

/** The seed of the generated demo offers: every fresh embedded run shows the same catalogue. */
export const DEMO_SEED = 42;

/**
 * The tenants the embedded run creates: a region and two of its municipalities, visibly themed,
 * the municipalities with a demo catalogue, whose place searches include each other's offers.
 */
export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'midtjylland',
    name: 'Region Midtjylland',
    kind: 'region',
    theme: { primaryColor: '#5c2d91', primaryTextColor: '#ffffff' },
    demoOffers: 0,
  },
  {
    slug: 'aarhus',
    name: 'Aarhus Kommune',
    kind: 'municipality',
    region: 'midtjylland',
    theme: { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
    demoOffers: 750,
    settings: { nearbyOffers: 'region' },
  },
  {
    slug: 'silkeborg',
    name: 'Silkeborg Kommune',
    kind: 'municipality',
    region: 'midtjylland',
    theme: { primaryColor: '#00613a', primaryTextColor: '#ffffff' },
    demoOffers: 200,
    settings: { nearbyOffers: 'region' },
  },
];
