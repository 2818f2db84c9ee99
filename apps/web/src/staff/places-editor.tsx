import { useEffect } from 'react';
import { mapHref } from '../offer/map-link';
import { TextControl } from './form-controls';
import { ListEditor } from './list-editor';
import { t } from './messages';
import { decimalOf, emptyPlace, type PlaceDraft } from './offer-draft-lists';
import { usePostcodeArea, type PostcodeArea } from './staff-api';

interface PlacesEditorProps {
  places: PlaceDraft[];
  onChange: (places: PlaceDraft[]) => void;
  error: unknown;
}

/** Where the offer takes place: address, postcode and town, and coordinates to adjust the map's pin. */
export function PlacesEditor({ places, onChange, error }: PlacesEditorProps) {
  return (
    <ListEditor
      field="locations"
      items={places}
      onChange={onChange}
      kind="place"
      create={emptyPlace}
      error={error}
      renderItem={(place, change, path) => (
        <PlaceControls place={place} change={change} path={path} error={error} />
      )}
    />
  );
}

const coordinate = (text: string): number | null => {
  const value = decimalOf(text);
  return typeof value === 'number' ? value : null;
};

const sameCoordinates = (place: PlaceDraft, area: PostcodeArea | undefined) =>
  area !== undefined &&
  coordinate(place.latitude) === area.latitude &&
  coordinate(place.longitude) === area.longitude;

interface PlaceControlsProps {
  place: PlaceDraft;
  change: (changes: Partial<PlaceDraft>) => void;
  path: string;
  error: unknown;
}

function PlaceControls({ place, change, path, error }: PlaceControlsProps) {
  const area = usePostcodeArea(place.postalCode.trim()).data;
  // An empty town is the postcode's, as the API would make it; shown, so the editor can change it.
  useEffect(() => {
    if (area && place.city === '') change({ city: area.name });
  }, [area, place.city, change]);

  /** A new postcode: the old postcode's town and centre no longer fit; typed ones stay. */
  const changePostcode = (postalCode: string) =>
    change({
      postalCode,
      ...(area && place.city === area.name ? { city: '' } : {}),
      ...(sameCoordinates(place, area) ? { latitude: '', longitude: '' } : {}),
    });

  const latitude = coordinate(place.latitude) ?? area?.latitude ?? null;
  const longitude = coordinate(place.longitude) ?? area?.longitude ?? null;
  const text = (field: Exclude<keyof PlaceDraft, 'key'>) => ({
    path: `${path}.${field}`,
    label: t(`place.${field}`),
    value: place[field],
    onChange: (value: string) => change({ [field]: value }),
    error,
  });
  return (
    <>
      <TextControl {...text('address1')} />
      <div className="staff-row">
        <TextControl {...text('postalCode')} onChange={changePostcode} kind="decimal" required />
        <TextControl {...text('city')} hint={t('place.cityHint')} />
      </div>
      <TextControl {...text('name')} hint={t('place.nameHint')} />
      <div className="staff-row">
        <TextControl {...text('latitude')} kind="decimal" />
        <TextControl {...text('longitude')} kind="decimal" />
      </div>
      <p className="hint">
        {area
          ? t('place.coordinatesHint', { latitude: area.latitude, longitude: area.longitude })
          : t('place.coordinatesHintNoPostcode')}
        {latitude !== null && longitude !== null && (
          <>
            {' '}
            <a href={mapHref({ ...place, latitude, longitude })} rel="noopener noreferrer" target="_blank">
              {t('place.showOnMap', { number: Number(path.split('.')[1]) + 1 })}
            </a>
          </>
        )}
      </p>
      <TextControl {...text('accessibility')} kind="textarea" rows={2} hint={t('place.accessibilityHint')} />
      <TextControl {...text('transportation')} kind="textarea" rows={2} />
    </>
  );
}
