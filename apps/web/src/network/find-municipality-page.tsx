import { useId, useState } from 'react';
import { QueryResult } from '../areas/query-result';
import { useDocumentTitle } from '../document/use-document-title';
import { Field } from '../forms/field';
import { t } from './messages';
import { useNetworkTenants, type NetworkTenant } from './network-api';
import { homeHref } from './offer-origin';
import { SiteList } from './site-list';
import { filterGroups, groupByRegion, type RegionGroup } from './tenant-groups';

function RegionSection({ group }: { group: RegionGroup }) {
  const headingId = useId();
  const { region } = group;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{region?.name ?? t('find.unaffiliated')}</h2>
      {region?.url && (
        <p>
          <a href={region.url}>{t('find.regionPortal', { name: region.name })}</a>
        </p>
      )}
      {group.municipalities.length > 0 && <SiteList tenants={group.municipalities} />}
    </section>
  );
}

function Directory({ tenants }: { tenants: NetworkTenant[] }) {
  const [text, setText] = useState('');
  const groups = filterGroups(groupByRegion(tenants), text);
  const count = groups.reduce((sum, group) => sum + group.municipalities.length, 0);
  const national = tenants.find((tenant) => tenant.kind === 'national');
  return (
    <>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('find.filter')}>
          <input
            type="search"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
      </form>
      <p role="status" className="hint">
        {groups.length > 0 ? t.plural('find.count', count) : t('find.none', { text: text.trim() })}
      </p>
      {groups.map((group) => (
        <RegionSection key={group.region?.slug ?? ''} group={group} />
      ))}
      {national && (
        <p className="section">
          <a href={homeHref(national, '/sog')}>{t('find.searchAll')}</a>
        </p>
      )}
    </>
  );
}

/** "Find din kommune": every active municipality by region, each with a link to its own site. */
export function FindMunicipalityPage() {
  useDocumentTitle(t('find.title'));
  const tenants = useNetworkTenants();
  return (
    <>
      <h1>{t('find.title')}</h1>
      <p className="lead">{t('find.lead')}</p>
      <QueryResult query={tenants}>{(data) => <Directory tenants={data.items} />}</QueryResult>
    </>
  );
}
