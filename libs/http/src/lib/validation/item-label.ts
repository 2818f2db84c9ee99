const ITEM_LABEL = Symbol('itemLabel');

/**
 * What one item of a nested list is called in the form, e.g. `@ItemLabel('Sted')` on the class of
 * an offer's places: the item's messages then say which one they are about ("Sted 2: …").
 */
export const ItemLabel =
  (label: string): ClassDecorator =>
  (target) =>
    Reflect.defineMetadata(ITEM_LABEL, label, target);

/** The label of a list item's class, if it has one. */
export function itemLabelOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const label: unknown = Reflect.getMetadata(ITEM_LABEL, item.constructor);
  return typeof label === 'string' ? label : undefined;
}

/** "Sted 2: " for the error of the second item of a list of places; "" for anything else. */
export function itemPrefix(property: string, item: unknown): string {
  const label = /^\d+$/.test(property) ? itemLabelOf(item) : undefined;
  return label ? `${label} ${Number(property) + 1}: ` : '';
}
