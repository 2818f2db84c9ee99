import { Route, Routes } from 'react-router';
import { AreaGate } from '../areas/area-gate';
import { NotFoundPage } from '../layout/not-found-page';
import { MunicipalitiesPage } from './municipalities-page';
import { MunicipalityOffersPage } from './municipality-offers-page';
import { RegionOfferPage } from './region-offer-page';

/**
 * The region's read-only view of its member municipalities' offers (`/region/*`), for regional
 * coordinators and the region's administrators; loaded only when one of its pages is opened.
 */
export default function RegionArea() {
  return (
    <AreaGate area="region">
      <Routes>
        <Route index element={<MunicipalitiesPage />} />
        <Route path=":slug" element={<MunicipalityOffersPage />} />
        <Route path=":slug/:id" element={<RegionOfferPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AreaGate>
  );
}
