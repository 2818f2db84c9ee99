import { Field, fieldErrors } from '../forms/field';
import { FilterForm } from './filter-form';
import { t } from './messages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface StatsPeriod {
  from?: string;
  to?: string;
}

/** The period of the address (`?from=&to=`, both days included); the API's default is the last 30 days. */
export function statsPeriodOf(params: URLSearchParams): StatsPeriod {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { ...(DATE.test(from) && { from }), ...(DATE.test(to) && { to }) };
}

/** The period of a statistics page as a form on the address, with the API's refusal by each field. */
export function StatsPeriodForm({ period, error }: { period: StatsPeriod; error: unknown }) {
  return (
    <FilterForm label={t('stats.period')}>
      <Field label={t('filter.from')} errors={fieldErrors(error, 'from')}>
        <input type="date" name="from" defaultValue={period.from} />
      </Field>
      <Field label={t('filter.toIncluding')} errors={fieldErrors(error, 'to')}>
        <input type="date" name="to" defaultValue={period.to} />
      </Field>
    </FilterForm>
  );
}
