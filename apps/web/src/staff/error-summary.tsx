import { controlPathOf, fieldAnchor, focusField } from './draft-errors';
import { FieldErrorSummary } from './field-error-summary';
import { t } from './messages';

/**
 * The offer form's summary of the API's field messages, each linking to its control. The messages
 * name their field as the form labels it ("Sted 2: Postnummer …").
 */
export function ErrorSummary({ error }: { error: unknown }) {
  return (
    <FieldErrorSummary
      error={error}
      heading={t('edit.errorSummary')}
      locate={(apiField, message) => {
        const path = controlPathOf(apiField);
        if (!path) return undefined;
        return { href: `#${fieldAnchor(path)}`, text: message, focus: () => focusField(path) };
      }}
    />
  );
}
