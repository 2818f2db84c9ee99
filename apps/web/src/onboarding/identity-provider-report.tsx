import type { OidcConnectionReport } from './identity-provider-api';
import { t } from './identity-provider-messages';

/** "Test forbindelse"'s answer: what is right and what is wrong, step by step, in the API's words. */
export function IdentityProviderReport({ report }: { report: OidcConnectionReport }) {
  return (
    <section aria-labelledby="idp-report-heading" className={report.ok ? 'notice notice--success' : 'alert'}>
      <h2 id="idp-report-heading">{report.ok ? t('idp.report.ok') : t('idp.report.failed')}</h2>
      <ul className="idp-report">
        {report.steps.map((step) => (
          <li key={step.step}>
            <strong>{step.ok ? t('idp.step.ok') : t('idp.step.failed')}:</strong> {step.message}
          </li>
        ))}
      </ul>
      {report.ok && <p>{t('idp.report.note')}</p>}
    </section>
  );
}
