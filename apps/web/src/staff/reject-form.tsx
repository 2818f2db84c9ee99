import { useRef, useState } from 'react';
import { Field } from '../forms/field';
import { t } from './messages';

interface RejectFormProps {
  /** The form's name, naming what is rejected. */
  label: string;
  /** What the reason is for; the offer's hint by default. */
  hint?: string;
  pending: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Rejecting asks why: the reason is kept in the record, and the association can be told. */
export function RejectForm({ label, hint = t('reject.hint'), pending, onReject, onCancel }: RejectFormProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  return (
    <form
      className="staff-reject"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setMissing(true);
          input.current?.focus();
          return;
        }
        onReject(reason.trim());
      }}
    >
      <Field label={t('reject.reason')} hint={hint} errors={missing ? [t('reject.reasonMissing')] : []}>
        <textarea
          ref={input}
          rows={3}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
      <div className="staff-actions">
        <button type="submit" className="button button--danger" disabled={pending}>
          {t('action.reject')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('reject.cancel')}
        </button>
      </div>
    </form>
  );
}
