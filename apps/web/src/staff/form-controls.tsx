import { useId, type ReactNode } from 'react';
import { Field, FieldNotes, fieldErrors } from '../forms/field';
import { fieldAnchor } from './draft-errors';

export type TextKind = 'text' | 'url' | 'email' | 'tel' | 'age' | 'decimal' | 'clock' | 'date' | 'textarea';

const INPUT_TYPES = {
  text: 'text',
  url: 'url',
  email: 'email',
  tel: 'tel',
  age: 'number',
  decimal: 'text',
  clock: 'text',
  date: 'date',
} as const;

interface TextControlProps {
  /** The API's path of the field (`name`, `locations.1.postalCode`): its messages are shown here. */
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The failed save, whose messages for this field are shown at the control. */
  error: unknown;
  kind?: TextKind;
  hint?: string;
  rows?: number;
  required?: boolean;
}

/** One text control of the offer form, labelled, with its hint and the API's messages for its field. */
export function TextControl({
  path,
  label,
  value,
  onChange,
  error,
  kind = 'text',
  hint,
  rows = 3,
  required,
}: TextControlProps) {
  return (
    <div id={fieldAnchor(path)}>
      <Field label={label} hint={hint} errors={fieldErrors(error, path)}>
        {kind === 'textarea' ? (
          <textarea rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            type={INPUT_TYPES[kind]}
            value={value}
            required={required}
            // The values are the offer's, not the editor's own: no autofill.
            autoComplete="off"
            inputMode={
              kind === 'age' ? 'numeric' : kind === 'decimal' || kind === 'clock' ? 'decimal' : undefined
            }
            min={kind === 'age' ? 0 : undefined}
            max={kind === 'age' ? 130 : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}

interface CheckControlProps {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: unknown;
}

/** A yes-or-no field of the offer as one checkbox, with the API's messages for it. */
export function CheckControl({ path, label, checked, onChange, error }: CheckControlProps) {
  const errors = fieldErrors(error, path);
  return (
    <div id={fieldAnchor(path)} className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      {errors.length > 0 && <p className="field__error">{errors.join(' ')}</p>}
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
    </div>
  );
}

interface ChoiceGroupProps<Value extends string> {
  path: string;
  legend: string;
  hint?: string;
  options: readonly { value: Value; label: string }[];
  chosen: readonly Value[];
  onChange: (chosen: Value[]) => void;
  error: unknown;
  /** Extra content under the options, e.g. a way to add one. */
  children?: ReactNode;
}

/** Several values of one field (days, languages, ways to take part) as a group of checkboxes. */
export function ChoiceGroup<Value extends string>({
  path,
  legend,
  hint,
  options,
  chosen,
  onChange,
  error,
  children,
}: ChoiceGroupProps<Value>) {
  const errors = fieldErrors(error, path);
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      id={fieldAnchor(path)}
      className={errors.length > 0 ? 'staff-choices field field--invalid' : 'staff-choices field'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      <FieldNotes hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
      <CheckList className="staff-choices__list" options={options} chosen={chosen} onChange={onChange} />
      {children}
    </fieldset>
  );
}

interface CheckListProps<Value extends string> {
  className: string;
  options: readonly { value: Value; label: string }[];
  chosen: readonly Value[];
  onChange: (chosen: Value[]) => void;
}

/** The checkboxes of a group, one for each value that may be chosen. */
export function CheckList<Value extends string>({
  className,
  options,
  chosen,
  onChange,
}: CheckListProps<Value>) {
  const toggle = (value: Value, on: boolean) =>
    onChange(on ? [...chosen, value] : chosen.filter((item) => item !== value));
  return (
    <ul className={className}>
      {options.map((option) => (
        <li key={option.value}>
          <label className="check">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

interface SearchFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}

/** A box that narrows a list as the editor types; not one of the offer's fields. */
export function SearchField({ label, hint, value, onChange }: SearchFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <input
        type="search"
        value={value}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
