import { Link } from 'react-router';
import { t } from './messages';
import { searchHref, withParam } from './search-params';

/** Previous / next and where we are; links, so every page of results has its own address. */
export function Pager({ params, page, pages }: { params: URLSearchParams; page: number; pages: number }) {
  if (pages <= 1) return null;
  const hrefFor = (target: number) =>
    searchHref(withParam(params, 'page', target === 1 ? undefined : String(target)));
  return (
    <nav aria-label={t('search.pagination')} className="pager">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t('search.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('search.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t('search.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
