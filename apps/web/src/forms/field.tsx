import { cloneElement, useId, type ReactElement } from 'react';
import { ApiError } from '../http/problem';

interface FieldProps {
  label: string;
  hint?: string;
  /** The API's messages for this field (see fieldErrors), shown under the control. */
  errors?: string[];
  /** One input, select or textarea; it gets the id and ARIA wiring. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled form control with its hint and the API's messages, wired for screen readers. */
export function Field({ label, hint, errors = [], children }: FieldProps) {
  const generatedId = useId();
  // A control may bring its own id (e.g. to be focused from an error summary).
  const id = typeof children.props.id === 'string' ? children.props.id : generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldNotes hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': errors.length > 0 || undefined,
      })}
    </div>
  );
}

interface FieldNotesProps {
  hint?: string;
  hintId: string;
  errors: string[];
  errorId: string;
}

/** A field's hint and the API's messages for it, under its label, for its control to point at. */
export function FieldNotes({ hint, hintId, errors, errorId }: FieldNotesProps) {
  return (
    <>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

/** The API's messages for a field, from a failed mutation's error. */
export function fieldErrors(error: unknown, field: string): string[] {
  return error instanceof ApiError ? error.messagesFor(field) : [];
}
