import { Link } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { t } from '../i18n/messages';

export function NotFoundPage() {
  useDocumentTitle(t('error.notFound.title'));
  return (
    <>
      <h1>{t('error.notFound.title')}</h1>
      <p>{t('error.notFound.detail')}</p>
      <p>
        <Link to="/">{t('error.backToStart')}</Link>
      </p>
    </>
  );
}
