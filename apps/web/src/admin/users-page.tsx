import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUsers } from './admin-api';
import { AdminPage } from './admin-page';
import { Announcement } from '../areas/announcement';
import { DataTable } from '../areas/data-table';
import { InviteUserForm } from './invite-user-form';
import { t } from './messages';
import { Pager, pageHref, pageOf } from '../layout/pager';
import { QueryResult } from '../areas/query-result';
import { UserRow } from './user-row';
import { MEMBERSHIP_STATUSES, UsersStatusFilter } from './users-status-filter';

const PAGE_SIZE = 50;

/** Who may use the tenant's staff pages, with which role: invite, change role, deactivate. */
export function UsersPage() {
  const [params] = useSearchParams();
  const status = MEMBERSHIP_STATUSES.find((known) => known === params.get('status'));
  const page = pageOf(params);
  const users = useUsers({
    page,
    size: PAGE_SIZE,
    ...(status && { status }),
  });
  const [announcement, setAnnouncement] = useState('');

  return (
    <AdminPage title={t('users.title')} intro={t('users.intro')}>
      <Announcement message={announcement} />
      <InviteUserForm onInvited={setAnnouncement} />
      <h2>{t('users.listHeading')}</h2>
      <UsersStatusFilter />
      <QueryResult query={users}>
        {({ items, total }) => (
          <>
            <DataTable
              caption={t('users.count', { count: total })}
              headings={[
                t('users.person'),
                t('users.role'),
                t('users.status'),
                t('users.lastLogin'),
                t('users.actions'),
              ]}
            >
              {items.map((member) => (
                <UserRow key={member.id} member={member} onDone={setAnnouncement} />
              ))}
            </DataTable>
            <Pager
              page={page}
              size={PAGE_SIZE}
              total={total}
              hrefFor={(target) => pageHref(params, 'page', target)}
            />
          </>
        )}
      </QueryResult>
    </AdminPage>
  );
}
