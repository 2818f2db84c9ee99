import { Link, useLocation, useSearchParams } from 'react-router';
import { t } from './messages';

/** Previous / next through a paged list; each page has its own address (`?page=`), filters kept. */
export function PageLinks({ page, size, total }: { page: number; size: number; total: number }) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;

  const step = (target: number, rel: 'prev' | 'next', label: string) => {
    if (target < 1 || target > pages) return <span />;
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    return (
      <Link to={`${pathname}?${next.toString()}`} rel={rel}>
        {label}
      </Link>
    );
  };
  return (
    <nav aria-label={t('paging.label')} className="pager">
      {step(page - 1, 'prev', t('paging.previous'))}
      <span aria-current="page">{t('paging.pageOf', { page, pages })}</span>
      {step(page + 1, 'next', t('paging.next'))}
    </nav>
  );
}

/** The `?page=` of the address, 1 when missing or not a page number. */
export function pageParam(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}
