import { useSearchParams } from 'react-router';
import { Field } from '../forms/field';
import { useOutbox, type OutboxQuery } from './admin-api';
import { AdminPage } from './admin-page';
import { FilterForm } from './filter-form';
import { t } from './messages';
import { OutboxTable } from './outbox-table';
import { Pager, pageHref, pageOf } from '../layout/pager';
import { QueryResult } from '../areas/query-result';

const PAGE_SIZE = 50;
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'held'] as const satisfies readonly NonNullable<
  OutboxQuery['status']
>[];

/** Every e-mail the tenant has sent or will send; without an SMTP server, the place to read them. */
export function OutboxPage() {
  const [params] = useSearchParams();
  const status = OUTBOX_STATUSES.find((known) => known === params.get('status'));
  const query: OutboxQuery = { page: pageOf(params), size: PAGE_SIZE, ...(status && { status }) };
  const outbox = useOutbox(query);
  return (
    <AdminPage title={t('outbox.title')} intro={t('outbox.intro')}>
      <FilterForm label={t('outbox.filter')}>
        <Field label={t('outbox.status')}>
          <select name="status" defaultValue={status ?? ''}>
            <option value="">{t('filter.all')}</option>
            {OUTBOX_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`outbox.status.${option}`)}
              </option>
            ))}
          </select>
        </Field>
      </FilterForm>
      <QueryResult query={outbox}>
        {(data) => (
          <>
            <OutboxTable outbox={data} />
            <Pager
              page={data.page}
              size={data.size}
              total={data.total}
              hrefFor={(target) => pageHref(params, 'page', target)}
            />
          </>
        )}
      </QueryResult>
    </AdminPage>
  );
}
