import { IdentityProviderStep } from '../onboarding/identity-provider-step';
import { t } from '../onboarding/identity-provider-messages';
import { AdminPage } from './admin-page';

/** The tenant administrator's own login set-up: the onboarding step on the tenant's own routes. */
export function IdentityProviderPage() {
  return (
    <AdminPage title={t('idp.title')} intro={t('idp.intro')}>
      <IdentityProviderStep scope={{ kind: 'own' }} />
    </AdminPage>
  );
}
