import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { AdminPage } from '../admin/admin-page';
import { QueryResult } from '../areas/query-result';
import { NotFoundPage } from '../layout/not-found-page';
import { checklistKey, useChecklist, useTenantDetail, type Checklist } from '../onboarding/onboarding-api';
import { t } from './messages';
import { WIZARD_STEPS } from './wizard-steps';

export const tenantPagePath = (slug: string) => `/platform/kommuner/${slug}`;
export const stepPath = (slug: string, step: string) => `/platform/kommuner/${slug}/${step}`;

const isDone = (checklist: Checklist | undefined, key: string) =>
  checklist?.steps.find((step) => step.key === key)?.status === 'done';

/** The wizard's steps as a list: where one is, what is done, and a way to any step. */
function StepList({ slug, current, checklist }: { slug: string; current: number; checklist?: Checklist }) {
  return (
    <nav aria-label={t('wizard.steps')}>
      <ol className="wizard-steps">
        {WIZARD_STEPS.map((step, index) => (
          <li key={step.path} className={index === current ? 'wizard-steps__current' : undefined}>
            <Link to={stepPath(slug, step.path)} aria-current={index === current ? 'step' : undefined}>
              {step.title}
            </Link>{' '}
            <span className="hint">
              ({isDone(checklist, step.checklistKey) ? t('wizard.done') : t('wizard.todo')})
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The onboarding wizard after the tenant exists: one step a page (`/platform/kommuner/:slug/:step`),
 * with the list of steps, Tilbage and Næste (or Spring over while a step is still to do). Every
 * step reads and saves live data, so the wizard can be left and resumed anywhere.
 */
export function OnboardingWizard() {
  const { slug = '', step = '' } = useParams();
  const index = WIZARD_STEPS.findIndex((candidate) => candidate.path === step);
  const tenant = useTenantDetail(slug);
  const checklist = useChecklist(slug);
  const queryClient = useQueryClient();
  if (index < 0) return <NotFoundPage />;
  const current = WIZARD_STEPS[index];
  const previous = WIZARD_STEPS[index - 1];
  const next = WIZARD_STEPS[index + 1];
  const done = isDone(checklist.data, current.checklistKey);

  return (
    <AdminPage title={`${current.title} – ${tenant.data?.name ?? slug}`} intro={current.intro}>
      <p className="wizard-progress">
        {t('wizard.progress', { number: index + 1, total: WIZARD_STEPS.length })}
      </p>
      <StepList slug={slug} current={index} checklist={checklist.data} />
      <QueryResult query={tenant}>
        {(data) =>
          current.render({
            scope: { kind: 'platform', slug },
            tenant: data,
            onDone: () => void queryClient.invalidateQueries({ queryKey: checklistKey(slug) }),
          })
        }
      </QueryResult>
      <div className="button-row wizard-nav">
        {previous && (
          <Link className="button" to={stepPath(slug, previous.path)}>
            {t('wizard.back')}
          </Link>
        )}
        {next ? (
          <Link className="button button--primary" to={stepPath(slug, next.path)}>
            {!done && current.skippable ? t('wizard.skip') : t('wizard.next')}
          </Link>
        ) : (
          <Link className="button button--primary" to={tenantPagePath(slug)}>
            {t('wizard.finish')}
          </Link>
        )}
      </div>
    </AdminPage>
  );
}
