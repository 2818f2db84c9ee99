import { useRouteError } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ProblemAlert } from '../feedback/problem-alert';
import { t } from '../i18n/messages';

/**
 * What a page that failed shows inside the frame: most often a part of the app that could not be
 * fetched (no connection, or a new release replaced the files this tab knew). Reloading mends both.
 */
export function PageError() {
  const error = useRouteError();
  useDocumentTitle(t('error.page.title'));
  // Kept for the browser's console: the person sees the explanation below.
  console.error(error);
  return (
    <>
      <ProblemAlert title={t('error.page.title')} detail={t('error.page.detail')} />
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('error.page.reload')}
        </button>
      </p>
    </>
  );
}
