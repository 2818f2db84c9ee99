import { Route, Routes } from 'react-router';
import { AreaGate } from '../areas/area-gate';
import { NotFoundPage } from '../layout/not-found-page';
import { AccessRequestPage } from './access-request-page';
import { LoginLinkPage } from './login-link-page';
import { OwnOfferEditPage } from './own-offer-edit-page';
import { OwnOffersPage } from './own-offers-page';

/** "Min forening" under /min-forening: an association's member and its own offers. */
export default function AssociationArea() {
  return (
    <Routes>
      <Route path="log-ind" element={<LoginLinkPage />} />
      <Route path="bed-om-adgang" element={<AccessRequestPage />} />
      <Route
        index
        element={
          <AreaGate area="association">
            <OwnOffersPage />
          </AreaGate>
        }
      />
      <Route
        path="tilbud/:id"
        element={
          <AreaGate area="association">
            <OwnOfferEditPage />
          </AreaGate>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
