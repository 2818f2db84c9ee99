import { Link } from 'react-router';
import type { PublicTenant } from '../tenant/tenant';
import { t } from './messages';
import { useNetworkTenants } from './network-api';
import { SiteList } from './site-list';
import { groupByRegion } from './tenant-groups';

/** The national start page's way to a municipality's own site. */
export function FindMunicipalityCallout() {
  return (
    <section aria-labelledby="find-heading" className="section callout">
      <h2 id="find-heading">{t('start.findHeading')}</h2>
      <p>{t('start.findText')}</p>
      <Link to="/kommuner">{t('find.title')}</Link>
    </section>
  );
}

/** A region's start page: its member municipalities, whose offers its search finds, with their sites. */
export function MemberMunicipalities({ region }: { region: PublicTenant }) {
  const { data } = useNetworkTenants();
  const members =
    groupByRegion(data?.items ?? []).find((group) => group.region?.slug === region.slug)?.municipalities ??
    [];
  if (members.length === 0) return null;
  return (
    <section aria-labelledby="members-heading" className="section">
      <h2 id="members-heading">{t('start.membersHeading', { region: region.name })}</h2>
      <p>{t('start.membersText')}</p>
      <SiteList tenants={members} />
    </section>
  );
}
