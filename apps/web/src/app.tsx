import { lazy, Suspense, useEffect } from 'react';
import { createBrowserRouter, Outlet, RouterProvider, ScrollRestoration } from 'react-router';
import { LoadingStatus } from './feedback/loading-status';
import { ProblemAlert } from './feedback/problem-alert';
import { SiteFooter } from './layout/site-footer';
import { SiteHeader } from './layout/site-header';
import { NotFoundPage } from './layout/not-found-page';
import { PageError } from './layout/page-error';
import { useFocusOnNavigation } from './layout/use-focus-on-navigation';
import { OfferPage } from './offer/offer-page';
import { OrganizationPage } from './offer/organization-page';
import { OfflineNotice } from './pwa/offline-notice';
import { ProfessionalsPage } from './search/professionals-page';
import { SearchPage } from './search/search-page';
import { StartPage } from './search/start-page';
import { applyTheme } from './tenant/apply-theme';
import { describeLoadError } from './tenant/describe-load-error';
import { TenantContext } from './tenant/tenant-context';
import { useTenant } from './tenant/use-tenant';

// Pages few visitors open (staff, administration, platform, region; min liste and its handout;
// the suggestion form, "Find din kommune") are loaded only by those who open them, so the start page stays light.
const ShortlistPage = lazy(() =>
  import('./shortlist/shortlist-page').then((module) => ({ default: module.ShortlistPage })),
);
const HandoutPage = lazy(() =>
  import('./shortlist/handout-page').then((module) => ({ default: module.HandoutPage })),
);
const SuggestOfferPage = lazy(() =>
  import('./suggest/suggest-offer-page').then((module) => ({ default: module.SuggestOfferPage })),
);
const FindMunicipalityPage = lazy(() =>
  import('./network/find-municipality-page').then((module) => ({ default: module.FindMunicipalityPage })),
);
const AccessibilityStatementPage = lazy(() =>
  import('./accessibility/accessibility-statement-page').then((module) => ({
    default: module.AccessibilityStatementPage,
  })),
);
const StaffArea = lazy(() => import('./staff/staff-area'));
const AdminArea = lazy(() => import('./admin/admin-area'));
const PlatformArea = lazy(() => import('./platform/platform-area'));
const RegionArea = lazy(() => import('./region/region-area'));
const AssociationArea = lazy(() => import('./association/association-area'));

function Frame() {
  const state = useTenant();
  const tenant = state.status === 'ready' ? state.tenant : undefined;
  useFocusOnNavigation();
  useEffect(() => {
    if (tenant) applyTheme(tenant.theme);
  }, [tenant]);

  return (
    <>
      <SiteHeader tenant={tenant} />
      <OfflineNotice />
      <main id="main" className="site-main" tabIndex={-1}>
        {state.status === 'loading' && <LoadingStatus />}
        {state.status === 'error' && <ProblemAlert {...describeLoadError(state.error)} />}
        {tenant && (
          <TenantContext.Provider value={tenant}>
            <Suspense fallback={<LoadingStatus />}>
              <Outlet />
            </Suspense>
          </TenantContext.Provider>
        )}
      </main>
      <SiteFooter tenant={tenant} />
      <ScrollRestoration />
    </>
  );
}

export const routes = [
  {
    element: <Frame />,
    children: [
      {
        // Inside the frame, so a page that fails keeps the header, the footer and the way back.
        errorElement: <PageError />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'sog', element: <SearchPage /> },
          { path: 'tilbud/:id', element: <OfferPage /> },
          { path: 'forening/:id', element: <OrganizationPage /> },
          { path: 'foreslaa-tilbud', element: <SuggestOfferPage /> },
          { path: 'for-fagfolk', element: <ProfessionalsPage /> },
          { path: 'min-liste', element: <ShortlistPage /> },
          { path: 'liste', element: <HandoutPage /> },
          { path: 'kommuner', element: <FindMunicipalityPage /> },
          { path: 'tilgaengelighed', element: <AccessibilityStatementPage /> },
          { path: 'personale/*', element: <StaffArea /> },
          { path: 'admin/*', element: <AdminArea /> },
          { path: 'platform/*', element: <PlatformArea /> },
          { path: 'region/*', element: <RegionArea /> },
          { path: 'min-forening/*', element: <AssociationArea /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function App() {
  return <RouterProvider router={createBrowserRouter(routes)} />;
}
