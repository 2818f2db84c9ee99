import { useEffect, useRef } from 'react';
import { ApiError } from '../http/problem';
import { controlPathOf, fieldAnchor, focusField } from './draft-errors';
import { t } from './messages';

/**
 * The API's field messages at the top of the form, each linking to its control. The messages name
 * their field as the form labels it ("Sted 2: Postnummer …"). The summary takes focus when it
 * appears, so keyboard and screen reader users learn at once that the save failed.
 */
export function ErrorSummary({ error }: { error: unknown }) {
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
      <h2 id="error-summary-heading">{t('edit.errorSummary')}</h2>
      <ul>
        {errors.map((fieldError, index) => {
          const path = controlPathOf(fieldError.field);
          return (
            <li key={index}>
              {path ? (
                <a
                  href={`#${fieldAnchor(path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(path);
                  }}
                >
                  {fieldError.message}
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
