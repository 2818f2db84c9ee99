import type { EditorOffer, OfferSuggestion } from '../staff-api';
import { t } from './messages';

type Place = Pick<NonNullable<OfferSuggestion['place']>, 'name' | 'address1' | 'postalCode' | 'city'>;

/** A place on one line: "Solsikkehaven, Vestergade 5, 8000 Aarhus C". */
export function placeText(place: Place): string {
  return [place.name, place.address1, `${place.postalCode} ${place.city}`.trim()].filter(Boolean).join(', ');
}

/** What accepting the suggestion does with its "where": the place it copies, or that there is none. */
export function SuggestedPlace({ suggestion }: { suggestion: Pick<OfferSuggestion, 'where' | 'place'> }) {
  if (!suggestion.where) return null;
  return (
    <p className="hint">
      {suggestion.place
        ? t('places.fromSuggestion', { place: placeText(suggestion.place) })
        : t('places.noPostcode')}
    </p>
  );
}

/** The places an association typed into its suggestion, which an editor has not checked yet. */
export function PlacesToCheck({ offer }: { offer: Pick<EditorOffer, 'locations'> }) {
  const places = offer.locations.filter((location) => location.needsCheck);
  if (places.length === 0) return null;
  return (
    <section className="callout staff-check" aria-labelledby="places-to-check">
      <h2 id="places-to-check">{t('places.heading')}</h2>
      <ul>
        {places.map((place) => (
          <li key={place.id}>
            {[place.name, place.address1, `${place.postalCode} ${place.city}`.trim()]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>
      <p>{t('places.intro')}</p>
    </section>
  );
}
