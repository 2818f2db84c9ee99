import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useUrlText } from './use-url-text';
import { useNavigate } from 'react-router';
import { t } from './messages';
import { useSuggestions, type Suggestion } from './search-api';
import { useSearchHref, useSearchPlace } from './search-place';
import { termsOf, withParam, withTermToggled, VOCABULARIES, type Vocabulary } from './search-params';

function isVocabulary(value: string | null | undefined): value is Vocabulary {
  return VOCABULARIES.includes(value as Vocabulary);
}

/** Where choosing a suggestion leads: a topic narrows the search, an offer opens it. */
function hrefOf(
  suggestion: Suggestion,
  params: URLSearchParams,
  searchHref: (params: URLSearchParams) => string,
): string {
  if (suggestion.type === 'offer') return `/tilbud/${suggestion.id}`;
  if (isVocabulary(suggestion.vocabulary) && suggestion.code) {
    const withoutText = withParam(params, 'q', undefined);
    // Choosing a topic that is already chosen keeps it (toggling would remove it).
    if (termsOf(params, suggestion.vocabulary).includes(suggestion.code)) return searchHref(withoutText);
    return searchHref(withTermToggled(withoutText, suggestion.vocabulary, suggestion.code));
  }
  return searchHref(withParam(params, 'q', suggestion.text));
}

/**
 * The free-text search with suggestions as the user types, following the ARIA combobox pattern:
 * arrow keys move through the list, Enter chooses, Escape closes; without a choice Enter searches.
 */
export function SearchBox({
  params = new URLSearchParams(),
  autoFocus = false,
}: {
  params?: URLSearchParams;
  autoFocus?: boolean;
}) {
  const navigate = useNavigate();
  const searchHref = useSearchHref();
  const { suggestsOffers } = useSearchPlace();
  const [text, setText] = useUrlText(params.get('q') ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { data } = useSuggestions(text);
  const available =
    text.trim().length >= 2
      ? (data?.items ?? []).filter((suggestion) => suggestsOffers || suggestion.type !== 'offer')
      : [];
  const suggestions = open ? available : [];
  const id = useId();
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;

  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    void navigate(hrefOf(suggestion, params, searchHref));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = suggestions[active];
    if (chosen) return choose(chosen);
    setOpen(false);
    void navigate(searchHref(withParam(params, 'q', text.trim())));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && available.length > 0) {
      event.preventDefault();
      setOpen(true); // also reopens the list after Escape
      setActive((index) => (index + 1) % available.length);
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Escape' && suggestions.length > 0) {
      // Closes the list only; without this the browser also empties a search field.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={`${id}-input`} className="search-box__label">
        {t('start.searchLabel')}
      </label>
      <p id={hintId} className="hint">
        {t('start.searchHint')}
      </p>
      <div className="search-box__row">
        <div className="search-box__field">
          <input
            id={`${id}-input`}
            type="search"
            name="q"
            value={text}
            autoComplete="off"
            autoFocus={autoFocus}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={suggestions.length > 0}
            aria-controls={listId}
            aria-describedby={hintId}
            aria-activedescendant={active >= 0 && suggestions[active] ? `${listId}-${active}` : undefined}
            maxLength={200}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('suggest.label')}
            className="search-box__suggestions"
            hidden={suggestions.length === 0}
          >
            {suggestions.map((suggestion, index) => (
              <li
                key={`${suggestion.type}-${suggestion.id}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="search-box__suggestion"
                // Chosen before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(suggestion);
                }}
              >
                <span className="search-box__suggestion-kind">
                  {suggestion.type === 'term' ? t('suggest.term') : t('suggest.offer')}
                </span>{' '}
                {suggestion.text}
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button button--primary">
          {t('start.searchButton')}
        </button>
      </div>
    </form>
  );
}
