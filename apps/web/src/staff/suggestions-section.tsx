import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import type { Notice } from './action-notice';
import { t } from './messages';
import { PAGE_SIZE, useOfferSuggestions } from './staff-api';
import { Pager, pageHref, pageOf } from '../layout/pager';
import { SuggestionItem } from './suggestion-item';

/** New offers associations suggested through the public form, waiting for an editor's decision. */
export function SuggestionsSection({ onDone }: { onDone: (notice: Notice) => void }) {
  const [params] = useSearchParams();
  const page = pageOf(params, 'forslag');
  const suggestions = useOfferSuggestions(page);
  return (
    <section className="section" aria-labelledby="forslag">
      <h2 id="forslag">{t('suggestions.title')}</h2>
      {suggestions.isPending && <LoadingStatus />}
      {suggestions.isError && <ErrorAlert error={suggestions.error} level={2} />}
      {suggestions.data?.items.length === 0 && <p>{t('suggestions.none')}</p>}
      {suggestions.data && suggestions.data.items.length > 0 && (
        <ul className="results">
          {suggestions.data.items.map((suggestion) => (
            <SuggestionItem key={suggestion.id} suggestion={suggestion} onDone={onDone} />
          ))}
        </ul>
      )}
      {suggestions.data && (
        <Pager
          page={page}
          total={suggestions.data.total}
          size={PAGE_SIZE}
          hrefFor={(target) => pageHref(params, 'forslag', target, '#forslag')}
          label={t('suggestions.pages')}
        />
      )}
    </section>
  );
}
