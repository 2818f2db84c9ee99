import { useEffect } from 'react';
import { useDocumentTitle } from './document/use-document-title';
import { LoadingStatus } from './feedback/loading-status';
import { ProblemAlert } from './feedback/problem-alert';
import { t } from './i18n/messages';
import { SiteFooter } from './layout/site-footer';
import { SiteHeader } from './layout/site-header';
import { StartPage } from './pages/start-page';
import { applyTheme } from './tenant/apply-theme';
import { describeLoadError } from './tenant/describe-load-error';
import { useTenant, type TenantState } from './tenant/use-tenant';

function pageTitle(state: TenantState): string {
  const appName = t('app.name');
  switch (state.status) {
    case 'loading':
      return appName;
    case 'ready':
      return `${state.tenant.name} – ${appName}`;
    case 'error':
      return `${describeLoadError(state.error).title} – ${appName}`;
  }
}

export function App() {
  const state = useTenant();
  const tenant = state.status === 'ready' ? state.tenant : undefined;

  useDocumentTitle(pageTitle(state));
  useEffect(() => {
    if (tenant) applyTheme(tenant.theme);
  }, [tenant]);

  return (
    <>
      <SiteHeader tenant={tenant} />
      <main id="main" className="site-main" tabIndex={-1}>
        {state.status === 'loading' && <LoadingStatus />}
        {state.status === 'error' && <ProblemAlert {...describeLoadError(state.error)} />}
        {state.status === 'ready' && <StartPage tenant={state.tenant} />}
      </main>
      <SiteFooter />
    </>
  );
}
