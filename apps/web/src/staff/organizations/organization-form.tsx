import { Field, fieldErrors } from '../../forms/field';
import { FieldErrorSummary } from '../field-error-summary';
import { t, type MessageKey } from './messages';
import { ORGANIZATION_FIELDS, type OrganizationDraft, type OrganizationField } from './organization-draft';

type TextField = Exclude<OrganizationField, 'trusted'>;

const CONTROLS: {
  field: TextField;
  type: 'text' | 'url' | 'email' | 'tel' | 'textarea';
  hint?: MessageKey;
  inputMode?: 'numeric';
}[] = [
  { field: 'name', type: 'text' },
  { field: 'taxId', type: 'text', hint: 'hint.taxId', inputMode: 'numeric' },
  { field: 'description', type: 'textarea' },
  { field: 'website', type: 'url', hint: 'hint.website' },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel', hint: 'hint.phone' },
];

/** The id of a control, which the error summary links to. */
const controlId = (field: OrganizationField) => `organization-${field}`;

const fieldOf = (apiField: string): OrganizationField | undefined =>
  ORGANIZATION_FIELDS.find((field) => field === apiField.split('.')[0]);

interface OrganizationFormProps {
  draft: OrganizationDraft;
  onChange: (changes: Partial<OrganizationDraft>) => void;
  /** The failed save: its field messages are shown at their controls and in a summary. */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
}

/** Every field of an association. The API validates; its messages name the fields by these labels. */
export function OrganizationForm({
  draft,
  onChange,
  error,
  pending,
  submitLabel,
  onSubmit,
}: OrganizationFormProps) {
  const trustedErrors = fieldErrors(error, 'trusted');
  return (
    <form
      className="staff-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FieldErrorSummary
        error={error}
        heading={t('form.errorSummary')}
        locate={(apiField, message) => {
          const field = fieldOf(apiField);
          if (!field) return undefined;
          return {
            href: `#${controlId(field)}`,
            text: message,
            focus: () => document.getElementById(controlId(field))?.focus(),
          };
        }}
      />
      {CONTROLS.map(({ field, type, hint, inputMode }) => {
        const props = {
          id: controlId(field),
          value: draft[field],
          required: field === 'name' || undefined,
          // The values are the association's, not the editor's own: no autofill.
          autoComplete: 'off',
          onChange: (event: { target: { value: string } }) => onChange({ [field]: event.target.value }),
        };
        return (
          <Field
            key={field}
            label={t(`field.${field}`)}
            hint={hint && t(hint)}
            errors={fieldErrors(error, field)}
          >
            {type === 'textarea' ? (
              <textarea rows={5} {...props} />
            ) : (
              <input type={type} inputMode={inputMode} {...props} />
            )}
          </Field>
        );
      })}
      <div className={trustedErrors.length > 0 ? 'field field--invalid' : 'field'}>
        {trustedErrors.length > 0 && <p className="field__error">{trustedErrors.join(' ')}</p>}
        <label className="check">
          <input
            id={controlId('trusted')}
            type="checkbox"
            checked={draft.trusted}
            aria-describedby="organization-trusted-hint"
            onChange={(event) => onChange({ trusted: event.target.checked })}
          />
          {t('field.trusted')}
        </label>
        <p id="organization-trusted-hint" className="hint">
          {t('hint.trusted')}
        </p>
      </div>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('form.saving') : submitLabel}
      </button>
    </form>
  );
}
