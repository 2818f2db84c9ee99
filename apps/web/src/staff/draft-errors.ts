import { DRAFT_FIELDS } from './offer-draft';

/** The lists whose items have controls of their own, e.g. `locations.1.postalCode`. */
const LIST_FIELDS: readonly string[] = ['locations', 'schedules', 'contacts'];

/**
 * The form control an API field message belongs to, as a path: a field of the offer (`name`), or
 * a field of one item of a list (`locations.1.postalCode`); undefined if the form has none.
 */
export function controlPathOf(apiField: string): string | undefined {
  const [top, index, field] = apiField.split('.');
  if (LIST_FIELDS.includes(top) && index !== undefined && field !== undefined) {
    return `${top}.${index}.${field}`;
  }
  return DRAFT_FIELDS.find((draftField) => draftField === top);
}

/** The id of the element around a control, which the error summary links to. */
export function fieldAnchor(path: string): string {
  return `offer-field-${path.replaceAll('.', '-')}`;
}

/** Moves focus to a control of the form, as following an error summary's link should. */
export function focusField(path: string): void {
  const wrapper = document.getElementById(fieldAnchor(path));
  const control =
    wrapper?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    wrapper?.querySelector<HTMLElement>('input, select, textarea');
  (control ?? wrapper)?.focus();
}
