import { useEffect, useState } from 'react';
import { formatDate } from '../i18n/format';
import { formatTime } from '../i18n/format';
import { scheduleText } from '../offer/schedule-text';
import { ChoiceGroup, TextControl } from './form-controls';
import { ListEditor } from './list-editor';
import { t } from './messages';
import { apiClock, emptyOpening, type OpeningDraft } from './offer-draft-lists';
import { openingState, WEEKDAYS, type Opening } from './opening-preview';

interface OpeningsEditorProps {
  openings: OpeningDraft[];
  onChange: (openings: OpeningDraft[]) => void;
  error: unknown;
}

/** The weekly opening times, each on some weekdays from one time to another, with a preview. */
export function OpeningsEditor({ openings, onChange, error }: OpeningsEditorProps) {
  const days = WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) }));
  return (
    <>
      <ListEditor
        field="schedules"
        items={openings}
        onChange={onChange}
        kind="opening"
        create={emptyOpening}
        error={error}
        renderItem={(opening, change, path) => {
          const text = (field: 'opensAt' | 'closesAt' | 'validFrom' | 'validTo' | 'description') => ({
            path: `${path}.${field}`,
            label: t(`opening.${field}`),
            value: opening[field],
            onChange: (value: string) => change({ [field]: value }),
            error,
          });
          return (
            <>
              <ChoiceGroup
                path={`${path}.byday`}
                legend={t('opening.byday')}
                options={days}
                chosen={opening.byday}
                onChange={(byday) => change({ byday: WEEKDAYS.filter((day) => byday.includes(day)) })}
                error={error}
              />
              <div className="staff-row">
                <TextControl {...text('opensAt')} kind="clock" hint={t('opening.timeHint')} />
                <TextControl {...text('closesAt')} kind="clock" hint={t('opening.timeHint')} />
              </div>
              <TextControl {...text('description')} hint={t('opening.descriptionHint')} />
              <div className="staff-row">
                <TextControl {...text('validFrom')} kind="date" />
                <TextControl {...text('validTo')} kind="date" />
              </div>
            </>
          );
        }}
      />
      <OpeningPreview openings={openings} />
    </>
  );
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

/** The openings the API would take, as it stores them; half-typed ones are left out of the preview. */
function completeOpenings(openings: OpeningDraft[]): (Opening & { description: string })[] {
  return openings
    .map((opening) => ({
      ...opening,
      opensAt: apiClock(opening.opensAt),
      closesAt: apiClock(opening.closesAt),
      validFrom: opening.validFrom || null,
      validTo: opening.validTo || null,
    }))
    .filter(
      (opening) =>
        opening.byday.length > 0 &&
        TIME.test(opening.opensAt) &&
        TIME.test(opening.closesAt) &&
        opening.opensAt < opening.closesAt,
    );
}

/** The clock, moved on every minute, so "Åbent nu" stays true while the page is open. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "Åbent nu" or "Næste gang: tirsdag 17.30", as of now; nothing when no opening lies ahead. */
export function openingStateText(openings: Opening[], now: Date): string {
  const state = openingState(openings, now);
  if (!state) return t('preview.none');
  if (state.open) return t('preview.openNow');
  const day = t(`weekday.${state.weekday}`);
  const when = state.daysAhead > 6 ? `${day} ${formatDate(state.date)}` : day;
  return t('preview.next', { when, time: formatTime(state.opensAt) });
}

/** The opening times as citizens will read them, and whether the offer is open now. */
function OpeningPreview({ openings }: { openings: OpeningDraft[] }) {
  const now = useMinute();
  const complete = completeOpenings(openings);
  if (complete.length === 0) return null;
  return (
    <section className="staff-preview" aria-labelledby="opening-preview-heading">
      <h3 id="opening-preview-heading">{t('preview.title')}</h3>
      <ul>
        {complete.map((opening, index) => (
          <li key={index}>{scheduleText(opening)}</li>
        ))}
      </ul>
      <p>
        <strong>{openingStateText(complete, now)}</strong>
      </p>
    </section>
  );
}
