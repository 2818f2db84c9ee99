import { fieldErrors } from '../forms/field';
import { fieldAnchor } from './draft-errors';
import { TextControl } from './form-controls';
import { t } from './messages';
import type { OfferDraft } from './offer-draft';

interface PriceControlProps {
  draft: Pick<OfferDraft, 'isFree' | 'feesDescription' | 'feeAmount'>;
  onChange: (changes: Partial<OfferDraft>) => void;
  error: unknown;
}

/** Free, or paid with the price in words (required) and, if it helps, the amount in kroner. */
export function PriceControl({ draft, onChange, error }: PriceControlProps) {
  const errors = fieldErrors(error, 'isFree');
  return (
    <>
      <fieldset
        id={fieldAnchor('isFree')}
        className={errors.length > 0 ? 'staff-choices field field--invalid' : 'staff-choices field'}
      >
        <legend className="field__label">{t('field.isFree')}</legend>
        {errors.length > 0 && <p className="field__error">{errors.join(' ')}</p>}
        {[true, false].map((free) => (
          <label key={String(free)} className="check">
            <input
              type="radio"
              name="offer-price"
              checked={draft.isFree === free}
              onChange={() => onChange({ isFree: free })}
            />
            {free ? t('price.free') : t('price.paid')}
          </label>
        ))}
      </fieldset>
      {!draft.isFree && (
        <>
          <TextControl
            path="feesDescription"
            label={t('field.feesDescription')}
            hint={t('hint.feesDescription')}
            value={draft.feesDescription}
            onChange={(feesDescription) => onChange({ feesDescription })}
            required
            error={error}
          />
          <TextControl
            path="feeAmount"
            label={t('field.feeAmount')}
            hint={t('hint.feeAmount')}
            value={draft.feeAmount}
            onChange={(feeAmount) => onChange({ feeAmount })}
            kind="decimal"
            error={error}
          />
        </>
      )}
    </>
  );
}
