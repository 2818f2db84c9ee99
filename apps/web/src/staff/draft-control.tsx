import { Field } from '../forms/field';
import { draftErrors, fieldAnchor } from './draft-errors';
import { t, type MessageKey } from './messages';
import type { DraftField, OfferDraft } from './offer-draft';

type TextField = Exclude<DraftField, 'isFree' | 'termIds'>;

export type DraftControlSpec =
  | {
      field: TextField;
      kind: 'text' | 'url' | 'email' | 'tel' | 'age';
      hint?: MessageKey;
      required?: boolean;
    }
  | { field: TextField; kind: 'textarea'; rows: number; hint?: MessageKey }
  | { field: 'isFree'; kind: 'checkbox' };

const INPUT_TYPES = { text: 'text', url: 'url', email: 'email', tel: 'tel', age: 'number' } as const;

interface DraftControlProps {
  spec: DraftControlSpec;
  draft: OfferDraft;
  onChange: (changes: Partial<OfferDraft>) => void;
  /** The failed save, whose field messages are shown at their control. */
  error: unknown;
}

/** One control of the offer form, labelled, with its hint and the API's messages for its field. */
export function DraftControl({ spec, draft, onChange, error }: DraftControlProps) {
  const errors = draftErrors(error, spec.field);
  if (spec.kind === 'checkbox') {
    return (
      <div id={fieldAnchor(spec.field)} className={errors.length > 0 ? 'field field--invalid' : 'field'}>
        {errors.length > 0 && <p className="field__error">{errors.join(' ')}</p>}
        <label className="check">
          <input
            type="checkbox"
            checked={draft[spec.field]}
            onChange={(event) => onChange({ [spec.field]: event.target.checked })}
          />
          {t(`field.${spec.field}`)}
        </label>
      </div>
    );
  }
  const value = draft[spec.field];
  const change = (next: string) => onChange({ [spec.field]: next });
  return (
    <div id={fieldAnchor(spec.field)}>
      <Field label={t(`field.${spec.field}`)} hint={spec.hint && t(spec.hint)} errors={errors}>
        {spec.kind === 'textarea' ? (
          <textarea rows={spec.rows} value={value} onChange={(event) => change(event.target.value)} />
        ) : (
          <input
            type={INPUT_TYPES[spec.kind]}
            value={value}
            required={spec.required}
            // The values are the offer's, not the editor's own: no autofill.
            autoComplete="off"
            inputMode={spec.kind === 'age' ? 'numeric' : undefined}
            min={spec.kind === 'age' ? 0 : undefined}
            max={spec.kind === 'age' ? 130 : undefined}
            onChange={(event) => change(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
