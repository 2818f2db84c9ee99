import { Route, Routes } from 'react-router';
import { AreaGate } from '../areas/area-gate';
import { NotFoundPage } from '../layout/not-found-page';
import { DashboardPage } from './dashboard-page';
import { LinkReportPage } from './link-report-page';
import { OfferCreatePage } from './offer-create-page';
import { OfferEditPage } from './offer-edit-page';
import { OfferListPage } from './offer-list-page';
import { OrganizationEditPage } from './organizations/organization-edit-page';
import { OrganizationListPage } from './organizations/organization-list-page';
import { OrganizationNewPage } from './organizations/organization-new-page';
import { ReportsPage } from './reports-page';
import { ReviewPage } from './review-page';
import { StaffNav } from './staff-nav';

/** The editors' area under /personale: what needs attention, offers and associations to edit and approve, reports. */
export default function StaffArea() {
  return (
    <AreaGate area="editorial">
      <StaffNav />
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="tilbud" element={<OfferListPage />} />
        <Route path="tilbud/nyt" element={<OfferCreatePage />} />
        <Route path="tilbud/:id" element={<OfferEditPage />} />
        <Route path="foreninger" element={<OrganizationListPage />} />
        <Route path="foreninger/ny" element={<OrganizationNewPage />} />
        <Route path="foreninger/:id" element={<OrganizationEditPage />} />
        <Route path="godkendelse" element={<ReviewPage />} />
        <Route path="fejlmeldinger" element={<ReportsPage />} />
        <Route path="links" element={<LinkReportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AreaGate>
  );
}
