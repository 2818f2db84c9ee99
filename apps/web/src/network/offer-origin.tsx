import { useCurrentTenant } from '../tenant/tenant-context';
import type { PublicTenant } from '../tenant/tenant';
import { t } from './messages';
import type { OfferTenant } from './network-api';

export interface OriginOnHost {
  /** The offer is another tenant's: its own site is elsewhere, and so are its editors. */
  elsewhere: boolean;
  /** Worth saying whose it is: a national offer always ("Landsdækkende"), another tenant's too. */
  named: boolean;
}

export function originOnHost(offerTenant: OfferTenant, host: PublicTenant): OriginOnHost {
  const elsewhere = offerTenant.slug !== host.slug;
  return { elsewhere, named: elsewhere || offerTenant.kind === 'national' };
}

export function useOriginOnHost(offerTenant: OfferTenant): OriginOnHost {
  return originOnHost(offerTenant, useCurrentTenant());
}

/** Where an offer comes from: "Landsdækkende" as a mark, or the municipality's (region's) name. */
export function OfferOrigin({ tenant }: { tenant: OfferTenant }) {
  if (tenant.kind === 'national')
    return <span className="origin origin--national">{t('origin.national')}</span>;
  return <span className="origin">{tenant.name}</span>;
}

/** The offer's page at home, on its own municipality's (region's, the nation's) site. */
export function homeHref(tenant: { url: string }, path: string): string {
  return `${tenant.url.replace(/\/$/, '')}${path}`;
}
