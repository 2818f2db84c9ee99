import type { Notice } from './action-notice';
import { DecisionSection } from './decision-section';
import { t } from './messages';
import { useOfferSuggestions } from './staff-api';
import { SuggestionItem } from './suggestion-item';

/** New offers associations suggested through the public form, waiting for an editor's decision. */
export function SuggestionsSection({ onDone }: { onDone: (notice: Notice) => void }) {
  return (
    <DecisionSection
      anchor="forslag"
      title={t('suggestions.title')}
      none={t('suggestions.none')}
      pagesLabel={t('suggestions.pages')}
      usePageOf={useOfferSuggestions}
      item={(suggestion) => <SuggestionItem key={suggestion.id} suggestion={suggestion} onDone={onDone} />}
    />
  );
}
