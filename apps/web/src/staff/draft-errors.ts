import { fieldErrors } from '../forms/field';
import { DRAFT_FIELDS, type DraftField } from './offer-draft';

/** API fields the form shows under another control: the price is asked for as a description. */
const SHOWN_AT: Partial<Record<string, DraftField>> = { feeAmount: 'feesDescription' };

/** The form control an API field message belongs to, if the form has one. */
export function draftFieldOf(apiField: string): DraftField | undefined {
  const top = apiField.split('.')[0];
  return SHOWN_AT[top] ?? DRAFT_FIELDS.find((field) => field === top);
}

/** The API's messages for one control, including those of fields shown at it. */
export function draftErrors(error: unknown, field: DraftField): string[] {
  const shownHere = Object.keys(SHOWN_AT).filter((apiField) => SHOWN_AT[apiField] === field);
  return [field, ...shownHere].flatMap((apiField) => fieldErrors(error, apiField));
}

/** The id of the element around a control, which the error summary links to. */
export function fieldAnchor(field: DraftField): string {
  return `offer-field-${field}`;
}

/** Moves focus to a control of the form, as following an error summary's link should. */
export function focusField(field: DraftField): void {
  const wrapper = document.getElementById(fieldAnchor(field));
  const control = wrapper?.querySelector<HTMLElement>('input, select, textarea');
  (control ?? wrapper)?.focus();
}
