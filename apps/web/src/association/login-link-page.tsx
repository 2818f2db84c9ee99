import { useState } from 'react';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { Field, fieldErrors } from '../forms/field';
import { ApiError } from '../http/problem';
import { loginUrl } from '../session/session';
import { useRequestLoginLink } from './association-api';
import { t } from './messages';

/** /min-forening/log-ind — an association's member asks for a login link by e-mail. */
export function LoginLinkPage() {
  const [email, setEmail] = useState('');
  const request = useRequestLoginLink();
  useDocumentTitle(t('login.title'));
  const emailErrors = fieldErrors(request.error, 'email');
  const otherError = request.isError && !(request.error instanceof ApiError && emailErrors.length > 0);
  return (
    <div className="callout">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <div role="status">
        {request.isSuccess && <p className="notice notice--success">{t('login.sent')}</p>}
      </div>
      {otherError && <ErrorAlert error={request.error} level={2} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          request.mutate(email.trim());
        }}
      >
        <Field label={t('login.email')} errors={emailErrors}>
          <input
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </Field>
        <button type="submit" className="button button--primary" disabled={request.isPending}>
          {request.isPending ? t('login.sending') : t('login.send')}
        </button>
      </form>
      <p>
        <a href={loginUrl('/personale')}>{t('login.staff')}</a>
      </p>
    </div>
  );
}
