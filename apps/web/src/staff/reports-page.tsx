import { useDocumentTitle } from '../document/use-document-title';
import { ErrorReportsSection } from './error-reports-section';
import { t } from './messages';
import { UpdateRequestsSection } from './update-requests-section';

/** /personale/fejlmeldinger — what citizens and associations told the editors about offers. */
export function ReportsPage() {
  useDocumentTitle(t('reports.title'));
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <ErrorReportsSection />
      <UpdateRequestsSection />
    </>
  );
}
