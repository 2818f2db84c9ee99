import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { Field, fieldErrors } from '../forms/field';
import { ApiError } from '../http/problem';
import { t } from './messages';

const FIELDS = ['name', 'email', 'message'] as const;

/** /min-forening/bed-om-adgang?forening=<id> — someone from an association asks the editors for access. */
export function AccessRequestPage() {
  const [params] = useSearchParams();
  const organizationId = params.get('forening') ?? '';
  const [values, setValues] = useState({ name: '', email: '', message: '' });
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/association-access-requests', {
          body: {
            organizationId,
            name: values.name.trim(),
            email: values.email.trim(),
            ...(values.message.trim() ? { message: values.message.trim() } : {}),
          },
        }),
      ),
  });
  useDocumentTitle(t('access.title'));
  const fieldProblem =
    send.error instanceof ApiError && FIELDS.some((field) => fieldErrors(send.error, field).length > 0);
  const field = (name: (typeof FIELDS)[number], type: 'text' | 'email', autoComplete: string) => (
    <input
      type={type}
      autoComplete={autoComplete}
      required
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );
  if (!organizationId) return <p>{t('access.noAssociation')}</p>;
  return (
    <div className="callout">
      <h1>{t('access.title')}</h1>
      <p>{t('access.intro')}</p>
      <div role="status">
        {send.isSuccess && <p className="notice notice--success">{t('access.sent')}</p>}
      </div>
      {send.isError && !fieldProblem && <ErrorAlert error={send.error} level={2} />}
      {!send.isSuccess && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <Field label={t('access.name')} errors={fieldErrors(send.error, 'name')}>
            {field('name', 'text', 'name')}
          </Field>
          <Field label={t('access.email')} errors={fieldErrors(send.error, 'email')}>
            {field('email', 'email', 'email')}
          </Field>
          <Field
            label={t('access.message')}
            hint={t('access.messageHint')}
            errors={fieldErrors(send.error, 'message')}
          >
            <textarea
              rows={3}
              value={values.message}
              onChange={(event) => setValues((current) => ({ ...current, message: event.target.value }))}
            />
          </Field>
          <button type="submit" className="button button--primary" disabled={send.isPending}>
            {t('access.send')}
          </button>
        </form>
      )}
    </div>
  );
}
