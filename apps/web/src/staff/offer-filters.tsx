import type { FormEvent } from 'react';
import { t } from './messages';
import { OFFER_STATUSES } from './staff-api';

/**
 * The offer list's filters. They live in the URL (q, status, stale), so a filtered list can be
 * bookmarked and the overview can link straight to it.
 */
export function OfferFilters({
  params,
  onApply,
}: {
  params: URLSearchParams;
  onApply: (next: URLSearchParams) => void;
}) {
  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'status', 'stale']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    onApply(next);
  }

  return (
    <form role="search" aria-label={t('offers.filters')} className="staff-filters" onSubmit={apply}>
      <div className="field">
        <label className="field__label" htmlFor="offer-filter-q">
          {t('offers.search')}
        </label>
        <input id="offer-filter-q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="offer-filter-status">
          {t('offers.status')}
        </label>
        <select id="offer-filter-status" name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('offers.allStatuses')}</option>
          {OFFER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" name="stale" value="true" defaultChecked={params.get('stale') === 'true'} />
        {t('offers.onlyStale')}
      </label>
      <button type="submit" className="button button--primary">
        {t('offers.apply')}
      </button>
    </form>
  );
}
