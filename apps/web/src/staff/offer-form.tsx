import { DraftControl, type DraftControlSpec } from './draft-control';
import { ErrorSummary } from './error-summary';
import { t, type MessageKey } from './messages';
import type { OfferDraft } from './offer-draft';
import { TermPicker } from './term-picker';

const GROUPS: { legend: MessageKey; controls: DraftControlSpec[] }[] = [
  {
    legend: 'edit.about',
    controls: [
      { field: 'name', kind: 'text', required: true },
      { field: 'summary', kind: 'textarea', rows: 2, hint: 'hint.summary' },
      { field: 'description', kind: 'textarea', rows: 8 },
    ],
  },
  {
    legend: 'edit.contact',
    controls: [
      { field: 'url', kind: 'url', hint: 'hint.url' },
      { field: 'email', kind: 'email' },
      { field: 'phone', kind: 'tel', hint: 'hint.phone' },
    ],
  },
  {
    legend: 'edit.audience',
    controls: [
      { field: 'eligibilityDescription', kind: 'textarea', rows: 3 },
      { field: 'minimumAge', kind: 'age', hint: 'hint.age' },
      { field: 'maximumAge', kind: 'age', hint: 'hint.age' },
      { field: 'applicationProcess', kind: 'textarea', rows: 3 },
    ],
  },
  {
    legend: 'edit.practical',
    controls: [
      { field: 'isFree', kind: 'checkbox' },
      { field: 'feesDescription', kind: 'text', hint: 'hint.feesDescription' },
      { field: 'scheduleDescription', kind: 'textarea', rows: 2, hint: 'hint.scheduleDescription' },
    ],
  },
];

interface OfferFormProps {
  draft: OfferDraft;
  onChange: (changes: Partial<OfferDraft>) => void;
  /** The failed save, if the last one failed: its field messages are shown at their controls. */
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
}

/** The offer's editable fields. The API validates; its messages are shown at the fields and in a summary. */
export function OfferForm({ draft, onChange, error, pending, onSubmit }: OfferFormProps) {
  return (
    <form
      className="staff-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary error={error} />
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="staff-form__group">
          <legend>{t(group.legend)}</legend>
          {group.controls.map((spec) => (
            <DraftControl key={spec.field} spec={spec} draft={draft} onChange={onChange} error={error} />
          ))}
        </fieldset>
      ))}
      <fieldset className="staff-form__group">
        <legend>{t('field.termIds')}</legend>
        <TermPicker chosen={draft.termIds} onChange={(termIds) => onChange({ termIds })} error={error} />
      </fieldset>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('edit.saving') : t('edit.save')}
      </button>
    </form>
  );
}
