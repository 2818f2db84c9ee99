import { AdminPage } from './admin-page';
import { t } from './messages';
import { ThemeStep } from '../onboarding/theme-step';

/** The tenant's colours and logo. Every colour pair must meet WCAG 2.1 AA; the API checks on saving. */
export function ThemePage() {
  return (
    <AdminPage title={t('theme.title')} intro={t('theme.intro')}>
      <ThemeStep scope={{ kind: 'own' }} />
    </AdminPage>
  );
}
