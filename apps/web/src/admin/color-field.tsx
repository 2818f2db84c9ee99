import { useId } from 'react';
import { Field, fieldErrors } from '../forms/field';
import { normalizeHexColor } from '@socialkompas/theme';
import { t } from './messages';

interface ColorFieldProps {
  /** The theme's field; its legend and hint are named after it in messages.ts. */
  field: 'primaryColor' | 'primaryTextColor';
  value: string;
  /** The colour the pages show for this value: the default or a chosen one when it is empty. */
  shown: string;
  onChange: (value: string) => void;
  /** The failed save, whose messages for this colour show under it. */
  error: unknown;
}

/** A colour picked with the browser's picker or typed as a hex code; both show the same value. */
export function ColorField({ field, value, shown, onChange, error }: ColorFieldProps) {
  const pickerId = useId();
  const hintId = useId();
  return (
    <fieldset className="admin-fieldset" aria-describedby={hintId}>
      <legend className="field__label">{t(`theme.${field}`)}</legend>
      <p id={hintId} className="hint">
        {t(`theme.${field}.hint`)}
      </p>
      <div className="color-field__controls">
        <div className="field">
          <label className="field__label" htmlFor={pickerId}>
            {t('theme.picker')}
          </label>
          <input
            id={pickerId}
            type="color"
            className="color-field__picker"
            // While a hex code is empty or half typed, the picker shows the colour the pages would.
            value={normalizeHexColor(value) ?? normalizeHexColor(shown) ?? '#000000'}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
        <Field label={t('theme.hex')} hint={t('theme.hexHint')} errors={fieldErrors(error, field)}>
          <input
            type="text"
            inputMode="text"
            spellCheck={false}
            autoComplete="off"
            size={9}
            placeholder={shown}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        </Field>
      </div>
    </fieldset>
  );
}
