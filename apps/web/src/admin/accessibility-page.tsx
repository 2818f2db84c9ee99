import { AccessibilityStep } from '../onboarding/accessibility-step';
import { AdminPage } from './admin-page';
import { t } from './messages';

/** The tenant's accessibility statement: its own address, or one Socialkompas writes at /tilgaengelighed. */
export function AccessibilityPage() {
  return (
    <AdminPage title={t('accessibility.title')} intro={t('accessibility.intro')}>
      <AccessibilityStep scope={{ kind: 'own' }} />
    </AdminPage>
  );
}
