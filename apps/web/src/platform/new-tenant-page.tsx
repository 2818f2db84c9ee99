import { useNavigate } from 'react-router';
import { AdminPage } from '../admin/admin-page';
import { QueryResult } from '../areas/query-result';
import { CreateTenantForm } from './create-tenant-form';
import { t } from './messages';
import { useTenants } from './platform-api';
import { stepPath } from './onboarding-wizard';
import { WIZARD_STEPS } from './wizard-steps';

/** `/platform/kommuner/ny`: the wizard's first step, which creates the tenant and goes on to the next. */
export function NewTenantPage() {
  const tenants = useTenants();
  const navigate = useNavigate();
  return (
    <AdminPage title={t('wizard.title')} intro={t('step.tenant.intro')}>
      <p className="wizard-progress">{t('wizard.progress', { number: 1, total: WIZARD_STEPS.length })}</p>
      <QueryResult query={tenants}>
        {(list) => (
          <CreateTenantForm
            regions={list.filter((tenant) => tenant.kind === 'region')}
            onCreated={(result) => void navigate(stepPath(result.tenant.slug, WIZARD_STEPS[1].path))}
          />
        )}
      </QueryResult>
    </AdminPage>
  );
}
