import { Route, Routes } from 'react-router';
import { AreaGate } from '../areas/area-gate';
import { NotFoundPage } from '../layout/not-found-page';
import { NewTenantPage } from './new-tenant-page';
import { OnboardingWizard } from './onboarding-wizard';
import { TenantPage } from './tenant-page';
import { TenantsPage } from './tenants-page';

/** The platform operator's pages (`/platform/*`), loaded only when one of them is opened. */
export default function PlatformArea() {
  return (
    <AreaGate area="platform">
      <Routes>
        <Route index element={<TenantsPage />} />
        <Route path="kommuner/ny" element={<NewTenantPage />} />
        <Route path="kommuner/:slug" element={<TenantPage />} />
        <Route path="kommuner/:slug/:step" element={<OnboardingWizard />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AreaGate>
  );
}
