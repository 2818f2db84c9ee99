import { Link, useParams } from 'react-router';
import { AdminPage } from '../admin/admin-page';
import { QueryResult } from '../areas/query-result';
import {
  useChecklist,
  useTenantDetail,
  type Checklist,
  type TenantDetail,
} from '../onboarding/onboarding-api';
import { DeleteTenantSection } from './delete-tenant-section';
import { t } from './messages';
import { stepPath } from './onboarding-wizard';
import { TenantDomains } from './tenant-domains';
import { WIZARD_STEPS } from './wizard-steps';

/** The checklist, each line linking to its wizard step where there is one. */
function OnboardingChecklist({ slug, checklist }: { slug: string; checklist: Checklist }) {
  const firstTodo = WIZARD_STEPS.find(
    (step) => checklist.steps.find((line) => line.key === step.checklistKey)?.status === 'todo',
  );
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('page.checklist')}</h2>
      <ul className="onboarding-checklist">
        {checklist.steps.map((line) => {
          const step = WIZARD_STEPS.find((candidate) => candidate.checklistKey === line.key);
          return (
            <li key={line.key} className={`onboarding-checklist__${line.status}`}>
              <span className="onboarding-checklist__status">
                {line.status === 'done' ? `✓ ${t('wizard.done')}` : `○ ${t('wizard.todo')}`}:
              </span>{' '}
              {line.detail}
              {step && (
                <>
                  {' '}
                  <Link to={stepPath(slug, step.path)}>{t('page.goToStep', { step: step.title })}</Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {firstTodo && (
        <Link className="button button--primary" to={stepPath(slug, firstTodo.path)}>
          {t('page.continue')}
        </Link>
      )}
    </section>
  );
}

function TenantFacts({ tenant }: { tenant: TenantDetail }) {
  return (
    <dl className="facts">
      <dt>{t('page.kind')}</dt>
      <dd>{t(`kind.${tenant.kind}`)}</dd>
      {tenant.kind === 'municipality' && (
        <>
          <dt>{t('page.region')}</dt>
          <dd>{tenant.region?.name ?? t('page.region.none')}</dd>
        </>
      )}
      <dt>{t('page.status')}</dt>
      <dd>{t(`status.${tenant.status}`)}</dd>
      <dt>{t('page.address')}</dt>
      <dd>
        <a href={tenant.publicUrl}>{tenant.publicUrl}</a>
      </dd>
    </dl>
  );
}

/** `/platform/kommuner/:slug`: a tenant, its domains, and its onboarding checklist read from live data. */
export function TenantPage() {
  const { slug = '' } = useParams();
  const tenant = useTenantDetail(slug);
  const checklist = useChecklist(slug);
  return (
    <AdminPage title={tenant.data?.name ?? slug} intro={t('page.intro')}>
      <QueryResult query={tenant}>
        {(data) => (
          <>
            <TenantFacts tenant={data} />
            <QueryResult query={checklist}>
              {(lines) => <OnboardingChecklist slug={slug} checklist={lines} />}
            </QueryResult>
            <TenantDomains tenant={data} />
            <DeleteTenantSection tenant={data} />
          </>
        )}
      </QueryResult>
    </AdminPage>
  );
}
