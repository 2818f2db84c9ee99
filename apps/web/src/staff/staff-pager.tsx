import { Link } from 'react-router';
import { t } from './messages';

interface StaffPagerProps {
  page: number;
  total: number;
  size: number;
  /** The address of another page of the same list. */
  hrefFor: (page: number) => string;
  label: string;
}

/** Previous / next for a staff list; links, so each page has its own address. */
export function StaffPager({ page, total, size, hrefFor, label }: StaffPagerProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="pager staff-pager">
      <p>{t('pager.pageOf', { page, pages })}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t('pager.previous')}
            </Link>
          </li>
        )}
        {page < pages && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t('pager.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A page number from the URL; anything else is page 1. */
export function pageOf(params: URLSearchParams, key = 'side'): number {
  const page = Number(params.get(key));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The current URL's query with one page number changed. */
export function pageHref(params: URLSearchParams, key: string, page: number, hash = ''): string {
  const next = new URLSearchParams(params);
  if (page > 1) next.set(key, String(page));
  else next.delete(key);
  const query = next.toString();
  return `?${query}${hash}`;
}
