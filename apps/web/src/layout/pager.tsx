import { Link } from 'react-router';
import { t } from '../i18n/messages';

interface PagerProps {
  page: number;
  total: number;
  size: number;
  /** The address of another page of the same list, filters kept. */
  hrefFor: (page: number) => string;
  /** What is paged, for screen readers ("Sider", "Sider med tilbud"). */
  label?: string;
}

/** Previous / next and where we are; links, so every page of a list has its own address. */
export function Pager({ page, total, size, hrefFor, label = t('pager.label') }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t('pager.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('pager.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t('pager.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The page number `key` of the URL; anything but a page number is page 1. */
export function pageOf(params: URLSearchParams, key = 'page'): number {
  const page = Number(params.get(key));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The current URL's query with one page number changed (page 1 is the address without it). */
export function pageHref(params: URLSearchParams, key: string, page: number, hash = ''): string {
  const next = new URLSearchParams(params);
  if (page > 1) next.set(key, String(page));
  else next.delete(key);
  return `?${next.toString()}${hash}`;
}
