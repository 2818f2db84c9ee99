import type { ReactNode } from 'react';
import { AccessibilityStep } from '../onboarding/accessibility-step';
import { CatalogueImportStep } from '../onboarding/catalogue-import-step';
import { FirstAdminStep } from '../onboarding/first-admin-step';
import { IdentityProviderStep } from '../onboarding/identity-provider-step';
import type { ChecklistStep, TenantDetail } from '../onboarding/onboarding-api';
import { ThemeStep } from '../onboarding/theme-step';
import type { TenantScope } from '../onboarding/tenant-scope';
import { t } from './messages';
import { TenantDomains } from './tenant-domains';

export interface WizardStepProps {
  scope: Extract<TenantScope, { kind: 'platform' }>;
  tenant: TenantDetail;
  /** The step's change is saved: the checklist is read again. */
  onDone: () => void;
}

export interface WizardStep {
  /** The last part of the step's address, `/platform/kommuner/:slug/:path`. */
  path: string;
  title: string;
  intro: string;
  /** The checklist step that says whether this one is done. */
  checklistKey: ChecklistStep['key'];
  /** Whether "Spring over" is offered while the step is still to do. */
  skippable: boolean;
  render: (props: WizardStepProps) => ReactNode;
}

/**
 * The onboarding wizard's steps, in order. The tenant itself is created at `/platform/kommuner/ny`;
 * each later step is one page of the wizard and one line of the tenant's checklist.
 */
export const WIZARD_STEPS: WizardStep[] = [
  {
    path: 'kommune',
    title: t('step.tenant'),
    intro: t('step.tenant.intro'),
    checklistKey: 'tenant',
    skippable: false,
    render: ({ tenant }) => <TenantDomains tenant={tenant} />,
  },
  {
    path: 'tema',
    title: t('step.theme'),
    intro: t('step.theme.intro'),
    checklistKey: 'theme',
    skippable: true,
    render: ({ scope, tenant, onDone }) => (
      <ThemeStep scope={scope} tenantName={tenant.name} onDone={onDone} />
    ),
  },
  {
    path: 'login',
    title: t('step.identityProvider'),
    intro: t('step.identityProvider.intro'),
    checklistKey: 'identity_provider',
    skippable: true,
    render: ({ scope, onDone }) => <IdentityProviderStep scope={scope} onDone={onDone} />,
  },
  {
    path: 'administrator',
    title: t('step.firstAdmin'),
    intro: t('step.firstAdmin.intro'),
    checklistKey: 'first_admin',
    skippable: true,
    render: ({ scope, onDone }) => <FirstAdminStep scope={scope} onDone={onDone} />,
  },
  {
    path: 'tilgaengelighed',
    title: t('step.accessibility'),
    intro: t('step.accessibility.intro'),
    checklistKey: 'accessibility',
    skippable: true,
    render: ({ scope, onDone }) => <AccessibilityStep scope={scope} onDone={onDone} />,
  },
  {
    path: 'katalog',
    title: t('step.catalogue'),
    intro: t('step.catalogue.intro'),
    checklistKey: 'catalogue',
    skippable: true,
    render: ({ scope, onDone }) => <CatalogueImportStep scope={scope} onDone={onDone} />,
  },
];
