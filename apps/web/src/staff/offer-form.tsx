import type { ReactNode } from 'react';
import { AssociationChooser } from './association-chooser';
import { ContactsEditor } from './contacts-editor';
import { ErrorSummary } from './error-summary';
import { CheckControl, ChoiceGroup, TextControl, type TextKind } from './form-controls';
import { LanguageChooser } from './language-chooser';
import { t, type MessageKey } from './messages';
import { ATTENDING_TYPES, type OfferDraft } from './offer-draft';
import { OpeningsEditor } from './openings-editor';
import { PlacesEditor } from './places-editor';
import { PriceControl } from './price-control';
import { TermPicker } from './term-picker';

type TextField = {
  [Field in keyof OfferDraft]: OfferDraft[Field] extends string ? Field : never;
}[keyof OfferDraft];

interface OfferFormProps {
  draft: OfferDraft;
  onChange: (changes: Partial<OfferDraft>) => void;
  /** The failed save, if the last one failed: its field messages are shown at their controls. */
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
  submitLabel: string;
  /** An association's own form: its offers stay its own, so there is no association to choose. */
  associationFixed?: boolean;
}

/** The offer's fields. The API validates; its messages are shown at the fields and in a summary. */
export function OfferForm({
  draft,
  onChange,
  error,
  pending,
  onSubmit,
  submitLabel,
  associationFixed = false,
}: OfferFormProps) {
  const text = (field: TextField, kind: TextKind = 'text', hint?: MessageKey, rows?: number) => (
    <TextControl
      path={field}
      label={t(`field.${field}`)}
      value={draft[field]}
      onChange={(value) => onChange({ [field]: value })}
      kind={kind}
      hint={hint && t(hint)}
      rows={rows}
      required={field === 'name'}
      error={error}
    />
  );
  const check = (field: 'referralRequired' | 'anonymous') => (
    <CheckControl
      path={field}
      label={t(`field.${field}`)}
      checked={draft[field]}
      onChange={(checked) => onChange({ [field]: checked })}
      error={error}
    />
  );
  const group = (legend: MessageKey, children: ReactNode) => (
    <fieldset className="staff-form__group">
      <legend>{t(legend)}</legend>
      {children}
    </fieldset>
  );
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
      {group(
        'edit.about',
        <>
          {!associationFixed && (
            <AssociationChooser
              organizationId={draft.organizationId}
              onChange={(organizationId) => onChange({ organizationId })}
              error={error}
            />
          )}
          {text('name')}
          {text('alternateName', 'text', 'hint.alternateName')}
          {text('summary', 'textarea', 'hint.summary', 2)}
          {text('description', 'textarea', undefined, 8)}
        </>,
      )}
      {group(
        'edit.contact',
        <>
          {text('url', 'url', 'hint.url')}
          {text('email', 'email')}
          {text('phone', 'tel', 'hint.phone')}
          <ChoiceGroup
            path="attendingTypes"
            legend={t('field.attendingTypes')}
            options={ATTENDING_TYPES.map((type) => ({ value: type, label: t(`attending.${type}`) }))}
            chosen={draft.attendingTypes}
            onChange={(chosen) =>
              onChange({ attendingTypes: ATTENDING_TYPES.filter((type) => chosen.includes(type)) })
            }
            error={error}
          />
          <LanguageChooser
            chosen={draft.languages}
            onChange={(languages) => onChange({ languages })}
            error={error}
          />
        </>,
      )}
      {group(
        'edit.audience',
        <>
          {text('eligibilityDescription', 'textarea')}
          {text('minimumAge', 'age', 'hint.age')}
          {text('maximumAge', 'age', 'hint.age')}
          {text('applicationProcess', 'textarea')}
          {check('referralRequired')}
          {check('anonymous')}
        </>,
      )}
      {group('edit.price', <PriceControl draft={draft} onChange={onChange} error={error} />)}
      {group(
        'edit.places',
        <>
          <p className="hint">{t('hint.places')}</p>
          <PlacesEditor
            places={draft.locations}
            onChange={(locations) => onChange({ locations })}
            error={error}
          />
        </>,
      )}
      {group(
        'edit.times',
        <>
          <OpeningsEditor
            openings={draft.schedules}
            onChange={(schedules) => onChange({ schedules })}
            error={error}
          />
          {text('scheduleDescription', 'textarea', 'hint.scheduleDescription', 2)}
        </>,
      )}
      {group(
        'edit.people',
        <ContactsEditor
          contacts={draft.contacts}
          onChange={(contacts) => onChange({ contacts })}
          error={error}
        />,
      )}
      {group(
        'field.termIds',
        <TermPicker chosen={draft.termIds} onChange={(termIds) => onChange({ termIds })} error={error} />,
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('edit.saving') : submitLabel}
      </button>
    </form>
  );
}
