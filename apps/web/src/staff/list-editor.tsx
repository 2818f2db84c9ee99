import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../http/problem';
import { fieldAnchor } from './draft-errors';
import { t } from './messages';

interface ListEditorProps<Item extends { key: string }> {
  /** The API's name of the list (`locations`); its items' fields are `locations.0.postalCode`. */
  field: string;
  items: Item[];
  onChange: (items: Item[]) => void;
  /** Whose texts: `place` names the items "Sted 2", as the API's messages about them start. */
  kind: 'place' | 'opening' | 'contact';
  create: () => Item;
  /** The item's controls; `path` is the API's path of the item (`locations.1`). */
  renderItem: (item: Item, change: (changes: Partial<Item>) => void, path: string) => ReactNode;
  error: unknown;
}

/**
 * A list of the offer's places, times or contacts: each item its own group of controls with a
 * way to remove it, and a button to add one, which takes the editor to the new item's first field.
 */
export function ListEditor<Item extends { key: string }>({
  field,
  items,
  onChange,
  kind,
  create,
  renderItem,
  error,
}: ListEditorProps<Item>) {
  const list = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLElement>('.staff-item:last-of-type input')?.focus();
  }, [items.length]);
  // Messages about the list itself, e.g. too many items; its items' fields show their own.
  const errors = ownErrors(error, field);
  const change = (index: number, changes: Partial<Item>) =>
    onChange(items.map((item, at) => (at === index ? { ...item, ...changes } : item)));

  return (
    <div
      id={fieldAnchor(field)}
      ref={list}
      className={errors.length > 0 ? 'field field--invalid' : undefined}
    >
      {errors.length > 0 && <p className="field__error">{errors.join(' ')}</p>}
      {items.map((item, index) => (
        <fieldset key={item.key} className="staff-item">
          <legend>{t(`${kind}.label`, { number: index + 1 })}</legend>
          {renderItem(item, (changes) => change(index, changes), `${field}.${index}`)}
          <button
            type="button"
            className="button button--danger"
            onClick={() => onChange(items.filter((_item, at) => at !== index))}
          >
            {t(`${kind}.remove`, { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => {
          added.current = true;
          onChange([...items, create()]);
        }}
      >
        {t(`${kind}.add`)}
      </button>
    </div>
  );
}

function ownErrors(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).filter((entry) => entry.field === field).map((entry) => entry.message);
}
