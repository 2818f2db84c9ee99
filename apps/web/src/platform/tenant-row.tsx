import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import { t } from './messages';
import { useTenantStatus, type PlatformTenant } from './platform-api';
import { RowProblem } from '../areas/row-problem';

const COLUMNS = 5;

/** One tenant and the switch that suspends or resumes it; a refusal shows under the row. */
export function TenantRow({ tenant, onDone }: { tenant: PlatformTenant; onDone: (message: string) => void }) {
  const status = useTenantStatus(tenant.slug);
  const change = tenant.status === 'active' ? 'suspend' : 'resume';
  return (
    <>
      <tr>
        <th scope="row">
          <Link to={`/platform/kommuner/${tenant.slug}`}>{tenant.name}</Link>{' '}
          <span className="tenant-slug">{tenant.slug}</span>
        </th>
        <td>{t(`kind.${tenant.kind}`)}</td>
        <td>{t(`status.${tenant.status}`)}</td>
        <td>{formatDate(tenant.createdAt)}</td>
        <td>
          <button
            type="button"
            className={change === 'suspend' ? 'button button--danger' : 'button'}
            disabled={status.isPending}
            onClick={() => {
              if (
                change === 'suspend' &&
                !window.confirm(t('tenants.suspend.confirm', { name: tenant.name }))
              )
                return;
              status.mutate(change, {
                onSuccess: () => onDone(t(`tenants.${change}.done`, { name: tenant.name })),
              });
            }}
          >
            {t(`tenants.${change}`)}
            <span className="admin-visually-hidden"> {tenant.name}</span>
          </button>
        </td>
      </tr>
      <RowProblem error={status.error} columns={COLUMNS} />
    </>
  );
}
