import { useContext, useEffect } from 'react';
import { t } from '../i18n/messages';
import { TenantContext } from '../tenant/tenant-context';

/**
 * Keeps the browser tab's title (and what screen readers announce on load) in step with the page:
 * "page – tenant – Socialkompas".
 */
export function useDocumentTitle(pageTitle?: string): void {
  const tenant = useContext(TenantContext);
  const title = [pageTitle, tenant?.name, t('app.name')].filter(Boolean).join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
