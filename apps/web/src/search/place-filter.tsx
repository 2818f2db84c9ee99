import { useId, useState } from 'react';
import { t } from './messages';
import type { FilterProps } from './filter-panel';
import { hasOrigin, withOrigin, withParam } from './search-params';
import { useUrlText } from './use-url-text';

const RADII = ['2', '5', '10', '25'];

type Locating = 'idle' | 'busy' | 'denied';

/** "Near me" from the browser's location, or a postcode; optionally within a distance. */
export function PlaceFilter({ params, onChange }: FilterProps) {
  const id = useId();
  const [postcode, setPostcode] = useUrlText(params.get('postcode') ?? '');
  const [locating, setLocating] = useState<Locating>('idle');
  const near = params.get('near');

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('denied');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating('idle');
        // Three decimals (about 100 m) is plenty for "near", and keeps the shared link vague.
        const point = `${coords.latitude.toFixed(3)},${coords.longitude.toFixed(3)}`;
        onChange(withOrigin(params, { near: point }));
      },
      () => setLocating('denied'),
      { maximumAge: 300_000, timeout: 10_000 },
    );
  };

  return (
    <fieldset className="facet">
      <legend className="facet__legend">{t('search.place')}</legend>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const value = postcode.trim();
          onChange(withOrigin(params, value ? { postcode: value } : undefined));
        }}
      >
        <label htmlFor={`${id}-postcode`}>{t('search.postcode')}</label>
        <div className="inline-field">
          <input
            id={`${id}-postcode`}
            inputMode="numeric"
            autoComplete="postal-code"
            pattern="[0-9]{4}"
            maxLength={4}
            size={6}
            value={postcode}
            onChange={(event) => setPostcode(event.target.value)}
          />
          <button type="submit" className="button">
            {t('search.apply')}
          </button>
        </div>
      </form>
      <p>
        {near ? (
          <label className="check">
            <input type="checkbox" checked onChange={() => onChange(withOrigin(params))} />
            <span>{t('search.nearMeActive')}</span>
          </label>
        ) : (
          <button type="button" className="button" onClick={locate} disabled={locating === 'busy'}>
            {t('search.nearMe')}
          </button>
        )}
      </p>
      <p role="status" className="hint">
        {locating === 'busy' && t('search.locating')}
        {locating === 'denied' && t('search.locationDenied')}
      </p>
      {hasOrigin(params) && (
        <>
          <label htmlFor={`${id}-radius`}>{t('search.radius')}</label>
          <select
            id={`${id}-radius`}
            value={params.get('radius_km') ?? ''}
            onChange={(event) => onChange(withParam(params, 'radius_km', event.target.value))}
          >
            <option value="">{t('search.radiusAny')}</option>
            {RADII.map((km) => (
              <option key={km} value={km}>
                {t('search.radiusKm', { km })}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
