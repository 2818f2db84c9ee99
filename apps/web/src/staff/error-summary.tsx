import { draftFieldOf, fieldAnchor, focusField } from './draft-errors';
import { FieldErrorSummary } from './field-error-summary';
import { t } from './messages';

/** The offer form's summary of the API's field messages, each linking to its control. */
export function ErrorSummary({ error }: { error: unknown }) {
  return (
    <FieldErrorSummary
      error={error}
      heading={t('edit.errorSummary')}
      locate={(apiField, message) => {
        const field = draftFieldOf(apiField);
        if (!field) return undefined;
        return {
          href: `#${fieldAnchor(field)}`,
          text: `${t(`field.${field}`)}: ${message}`,
          focus: () => focusField(field),
        };
      }}
    />
  );
}
