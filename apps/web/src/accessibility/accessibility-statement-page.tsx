import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { QueryResult } from '../areas/query-result';
import { useDocumentTitle } from '../document/use-document-title';
import { formatDate } from '../i18n/format';
import { t } from './messages';

function useAccessibilityStatement() {
  return useQuery({
    queryKey: ['tenant', 'accessibility-statement'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tenant/accessibility-statement', { signal })),
  });
}

/**
 * `/tilgaengelighed`: the accessibility statement Socialkompas writes from the tenant's details,
 * for a tenant without one of its own; the footer and `/was` lead here.
 */
export function AccessibilityStatementPage() {
  useDocumentTitle(t('title'));
  const statement = useAccessibilityStatement();
  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <QueryResult query={statement}>
        {(data) => {
          const values = {
            tenant: data.tenantName,
            site: data.siteUrl,
            email: data.contactEmail,
            phone: data.contactPhone,
          };
          return (
            <>
              <p>{t('commitment', values)}</p>
              <h2>{t('contact.heading')}</h2>
              <p>{t('contact.text', values)}</p>
              <p>{t('contact.privacy')}</p>
              <h2>{t('compliance.heading')}</h2>
              <p>{t('compliance.intro')}</p>
              <p>{t(`compliance.${data.compliance}`)}</p>
              <p>
                {t(`evaluation.${data.evaluation}`)}
                {data.evaluationNote && ` ${t('evaluation.note', { note: data.evaluationNote })}`}
              </p>
              <h2>{t('inaccessible.heading')}</h2>
              <p className="preserve-lines">{data.inaccessibleContent || t('inaccessible.none')}</p>
              <h2>{t('prepared.heading')}</h2>
              <p>{t('prepared.text', { date: formatDate(data.preparedOn) })}</p>
              <h2>{t('enforcement.heading')}</h2>
              <p>{t('enforcement.text', values)}</p>
            </>
          );
        }}
      </QueryResult>
    </article>
  );
}
