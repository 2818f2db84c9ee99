import { ListFilters } from './list-filters';
import { t } from './messages';

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
  return (
    <ListFilters
      idPrefix="offer-filter"
      params={params}
      onApply={onApply}
      keys={['q', 'status', 'stale']}
      labels={{ form: t('offers.filters'), search: t('offers.search'), apply: t('offers.apply') }}
    >
      <label className="check">
        <input type="checkbox" name="stale" value="true" defaultChecked={params.get('stale') === 'true'} />
        {t('offers.onlyStale')}
      </label>
    </ListFilters>
  );
}
