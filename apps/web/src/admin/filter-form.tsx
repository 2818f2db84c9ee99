import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { t } from './messages';

/**
 * Filters of a list as a GET-like form: on submit, its filled-in fields become the address's query
 * (and the list starts again at page 1), so a filtered list can be bookmarked and shared. The
 * fields are uncontrolled, with the address's values as defaults; the form is built again when
 * the address changes (back and forward), so they follow it.
 */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  return (
    <form
      key={params.toString()}
      className="filter-bar"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const next = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) {
          if (typeof value === 'string' && value.trim() !== '') next.set(name, value.trim());
        }
        setParams(next);
      }}
    >
      {children}
      <button type="submit" className="button">
        {t('filter.apply')}
      </button>
    </form>
  );
}
