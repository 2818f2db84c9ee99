import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorAlert } from '../feedback/problem-alert';
import { Field, fieldErrors } from '../forms/field';
import { t as networkText } from '../network/messages';
import { homeHref } from '../network/offer-origin';
import type { Offer } from './offer-api';
import { t } from './messages';

/** Citizens and staff tell the editors what is wrong; the form opens only when asked for. */
export function ReportErrorForm({ offerId }: { offerId: string }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [email, setEmail] = useState('');
  const report = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/error-reports', { body: { offerId, message, ...(email ? { email } : {}) } })),
  });

  return (
    <section className="report no-print" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report.heading')}</h2>
      <p>{t('report.intro')}</p>
      {report.isSuccess ? (
        <p role="status" className="notice notice--success">
          {t('report.sent')}
        </p>
      ) : !open ? (
        <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('report.open')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            report.mutate();
          }}
        >
          {report.isError &&
            fieldErrors(report.error, 'message').length === 0 &&
            fieldErrors(report.error, 'email').length === 0 && <ErrorAlert error={report.error} level={2} />}
          <Field label={t('report.message')} errors={fieldErrors(report.error, 'message')}>
            <textarea
              required
              minLength={5}
              maxLength={1000}
              rows={4}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
            />
          </Field>
          <Field label={t('report.email')} errors={fieldErrors(report.error, 'email')}>
            <input
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Field>
          <button type="submit" className="button button--primary" disabled={report.isPending}>
            {t('report.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

/** Another municipality's offer: its editors are reached on its own site, where the form is. */
export function ReportAtHome({ offer }: { offer: Offer }) {
  return (
    <section className="report no-print" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report.heading')}</h2>
      <p>
        <a href={homeHref(offer.tenant, `/tilbud/${offer.id}`)}>
          {networkText('origin.reportAt', { name: offer.tenant.name })}
        </a>
      </p>
    </section>
  );
}
