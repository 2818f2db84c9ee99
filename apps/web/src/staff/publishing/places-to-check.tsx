import type { EditorOffer } from '../staff-api';
import { t } from './messages';

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
