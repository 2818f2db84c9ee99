import { useSearchParams } from 'react-router';
import { Field } from '../forms/field';
import type { MembershipStatus } from './admin-api';
import { FilterForm } from './filter-form';
import { t } from './messages';

export const MEMBERSHIP_STATUSES: MembershipStatus[] = ['active', 'invited', 'deactivated'];

/** Narrows the list of users to one status. */
export function UsersStatusFilter() {
  const [params] = useSearchParams();
  return (
    <FilterForm label={t('users.filter')}>
      <Field label={t('users.status')}>
        <select name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('filter.all')}</option>
          {MEMBERSHIP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </Field>
    </FilterForm>
  );
}
