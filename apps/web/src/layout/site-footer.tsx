import { t } from '../i18n/messages';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{t('app.name')}</p>
    </footer>
  );
}
