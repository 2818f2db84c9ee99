import { Link } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { t as frameText } from '../i18n/messages';
import { loginUrl } from '../session/session';
import { t } from './messages';

/** The door for staff (login) and for associations (suggest an offer). */
export function ProfessionalsPage() {
  useDocumentTitle(t('professionals.title'));
  return (
    <>
      <h1>{t('professionals.title')}</h1>
      <p className="lead">{t('professionals.lead')}</p>
      <p>
        <a className="button button--primary" href={loginUrl('/sog')}>
          {t('professionals.login')}
        </a>
      </p>
      <h2>{t('professionals.associations')}</h2>
      <p>{t('professionals.associationsText')}</p>
      <p>
        <Link to="/foreslaa-tilbud">{frameText('footer.suggest')}</Link>
      </p>
    </>
  );
}
