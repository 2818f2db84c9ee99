import { CreateTenantInput } from '@socialkompas/tenancy';

/** The tenants the embedded run creates: a region and two of its municipalities, visibly themed. */
export const DEMO_TENANTS: CreateTenantInput[] = [
  {
    slug: 'midtjylland',
    name: 'Region Midtjylland',
    kind: 'region',
    theme: { primaryColor: '#5c2d91', primaryTextColor: '#ffffff' },
  },
  {
    slug: 'aarhus',
    name: 'Aarhus Kommune',
    kind: 'municipality',
    region: 'midtjylland',
    theme: { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
  },
  {
    slug: 'silkeborg',
    name: 'Silkeborg Kommune',
    kind: 'municipality',
    region: 'midtjylland',
    theme: { primaryColor: '#00613a', primaryTextColor: '#ffffff' },
  },
];
