import { useEffect, useRef } from 'react';
import { ApiError } from '../http/problem';

/** Where a field's message leads: the text to show and the control to focus. */
export interface LocatedFieldError {
  href: string;
  text: string;
  focus: () => void;
}

interface FieldErrorSummaryProps {
  error: unknown;
  heading: string;
  /** The control an API field belongs to; a message without one is shown as plain text. */
  locate: (field: string, message: string) => LocatedFieldError | undefined;
}

/**
 * The API's field messages at the top of a form, each linking to its control. It takes focus
 * when it appears, so keyboard and screen reader users learn at once that the save failed.
 */
export function FieldErrorSummary({ error, heading, locate }: FieldErrorSummaryProps) {
  const summary = useRef<HTMLElement>(null);
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  useEffect(() => {
    summary.current?.focus();
  }, [error]);
  if (errors.length === 0) return null;
  return (
    <section
      ref={summary}
      className="staff-error-summary"
      tabIndex={-1}
      aria-labelledby="error-summary-heading"
    >
      <h2 id="error-summary-heading">{heading}</h2>
      <ul>
        {errors.map((fieldError, index) => {
          const located = locate(fieldError.field, fieldError.message);
          return (
            <li key={index}>
              {located ? (
                <a
                  href={located.href}
                  onClick={(event) => {
                    event.preventDefault();
                    located.focus();
                  }}
                >
                  {located.text}
                </a>
              ) : (
                fieldError.message
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
