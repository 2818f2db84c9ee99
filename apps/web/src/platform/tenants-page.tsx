import { useState } from 'react';
import { AdminPage } from '../admin/admin-page';
import { Announcement } from '../areas/announcement';
import { DataTable } from '../areas/data-table';
import { QueryResult } from '../areas/query-result';
import { Link, useLocation } from 'react-router';
import { t } from './messages';
import { useTenants } from './platform-api';
import { TenantRow } from './tenant-row';

/** The municipalities and regions on the platform: onboard a new one (the wizard), open, suspend or resume one. */
export function TenantsPage() {
  const tenants = useTenants();
  // A deletion comes back here with its news (see DeleteTenantSection).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [announcement, setAnnouncement] = useState(notice ?? '');
  return (
    <AdminPage title={t('tenants.title')} intro={t('tenants.intro')}>
      <Announcement message={announcement} />
      <QueryResult query={tenants}>
        {(list) => (
          <>
            <p>
              <Link className="button button--primary" to="/platform/kommuner/ny">
                {t('tenants.onboard')}
              </Link>
            </p>
            <h2>{t('tenants.listHeading')}</h2>
            <DataTable
              caption={t('tenants.count', { count: list.length })}
              headings={[
                t('tenant.name'),
                t('tenant.kind'),
                t('tenant.status'),
                t('tenant.createdAt'),
                t('tenants.actions'),
              ]}
            >
              {list.map((tenant) => (
                <TenantRow key={tenant.slug} tenant={tenant} onDone={setAnnouncement} />
              ))}
            </DataTable>
          </>
        )}
      </QueryResult>
    </AdminPage>
  );
}
