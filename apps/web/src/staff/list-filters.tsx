import type { FormEvent, ReactNode } from 'react';
import { t } from './messages';
import { OFFER_STATUSES } from './staff-api';

interface ListFiltersProps {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  params: URLSearchParams;
  onApply: (next: URLSearchParams) => void;
  /** The URL parameters the form sets: `q`, `status` and those of `children`'s controls. */
  keys: string[];
  labels: { form: string; search: string; apply: string };
  /** More controls, after the text and the status. */
  children?: ReactNode;
}

/**
 * A staff list's filters: a text, a lifecycle status and what else the list needs. They live in
 * the URL, so a filtered list can be bookmarked and linked to.
 */
export function ListFilters({ idPrefix, params, onApply, keys, labels, children }: ListFiltersProps) {
  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of keys) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    onApply(next);
  }

  return (
    <form role="search" aria-label={labels.form} className="staff-filters" onSubmit={apply}>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-q`}>
          {labels.search}
        </label>
        <input id={`${idPrefix}-q`} name="q" type="search" defaultValue={params.get('q') ?? ''} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-status`}>
          {t('offers.status')}
        </label>
        <select id={`${idPrefix}-status`} name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('offers.allStatuses')}</option>
          {OFFER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {children}
      <button type="submit" className="button button--primary">
        {labels.apply}
      </button>
    </form>
  );
}
