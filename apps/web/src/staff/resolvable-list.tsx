import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatDateTime } from '../i18n/format';
import { t } from './messages';
import { PAGE_SIZE } from './staff-api';
import { Pager, pageHref } from '../layout/pager';

interface Resolvable {
  id: string;
  offerId: string;
  offerName: string;
  createdAt: string;
}

interface ResolvableListProps<Item extends Resolvable> {
  /** The section's id: its heading's, and the anchor its pages link back to. */
  id: string;
  title: string;
  intro?: string;
  empty: string;
  /** The heading of the column `detail` fills. */
  detailHeading: string;
  page: number;
  /** The URL parameter holding this list's page, so two lists on a page page apart. */
  pageKey: string;
  list: UseQueryResult<{ items: Item[]; total: number }>;
  resolve: { isPending: boolean; isError: boolean; error: unknown };
  detail: (item: Item) => ReactNode;
  resolveLabel: (item: Item) => string;
  onResolve: (item: Item) => void;
}

/** A list of things to handle about offers (reports, requests), each with "mark resolved". */
export function ResolvableList<Item extends Resolvable>(props: ResolvableListProps<Item>) {
  const { id, list, resolve, page } = props;
  const [params] = useSearchParams();
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.intro && <p>{props.intro}</p>}
      {list.isPending && <LoadingStatus />}
      {list.isError && <ErrorAlert error={list.error} level={2} />}
      {resolve.isError && <ErrorAlert error={resolve.error} level={2} />}
      {list.data?.items.length === 0 && <p>{props.empty}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('reports.offer')}</th>
                <th scope="col">{props.detailHeading}</th>
                <th scope="col">{t('reports.received')}</th>
                <th scope="col">{t('reports.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/personale/tilbud/${item.offerId}`}>{item.offerName}</Link>
                  </th>
                  <td>{props.detail(item)}</td>
                  <td>{formatDateTime(item.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={resolve.isPending}
                      aria-label={props.resolveLabel(item)}
                      onClick={() => props.onResolve(item)}
                    >
                      {t('reports.resolve')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && (
        <Pager
          page={page}
          total={list.data.total}
          size={PAGE_SIZE}
          hrefFor={(target) => pageHref(params, props.pageKey, target, `#${id}`)}
          label={t('reports.pages', { list: props.title })}
        />
      )}
    </section>
  );
}
