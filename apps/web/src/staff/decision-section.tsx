import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { Pager, pageHref, pageOf } from '../layout/pager';
import { PAGE_SIZE } from './staff-api';

interface DecisionSectionProps<Item> {
  /** The section's anchor and its page parameter, e.g. `forslag`. */
  anchor: string;
  title: string;
  none: string;
  pagesLabel: string;
  /** The page of items, loaded for the page number the address names. */
  usePageOf: (page: number) => {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data?: { items: Item[]; total: number };
  };
  item: (item: Item) => ReactNode;
}

/** A section of the review page: one page of things waiting for an editor's decision. */
export function DecisionSection<Item>({
  anchor,
  title,
  none,
  pagesLabel,
  usePageOf,
  item,
}: DecisionSectionProps<Item>) {
  const [params] = useSearchParams();
  const page = pageOf(params, anchor);
  const list = usePageOf(page);
  return (
    <section className="section" aria-labelledby={anchor}>
      <h2 id={anchor}>{title}</h2>
      {list.isPending && <LoadingStatus />}
      {list.isError && <ErrorAlert error={list.error} level={2} />}
      {list.data?.items.length === 0 && <p>{none}</p>}
      {list.data && list.data.items.length > 0 && <ul className="results">{list.data.items.map(item)}</ul>}
      {list.data && (
        <Pager
          page={page}
          total={list.data.total}
          size={PAGE_SIZE}
          hrefFor={(target) => pageHref(params, anchor, target, `#${anchor}`)}
          label={pagesLabel}
        />
      )}
    </section>
  );
}
