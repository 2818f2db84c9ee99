import { Route, Routes } from 'react-router';
import { AreaGate } from '../areas/area-gate';
import { NotFoundPage } from '../layout/not-found-page';
import { RegionNav } from './region-nav';
import { RegionOfferPage } from './region-offer-page';
import { RegionSearchPage } from './region-search-page';
import { RegionalStatisticsPage } from './regional-statistics-page';

/**
 * The regional coordinators' area (`/region/*`), for them and the region's administrators: search
 * across the municipalities' offers in every status, an offer read-only, the search statistics.
 * Loaded only when one of its pages is opened.
 */
export default function RegionArea() {
  return (
    <AreaGate area="region">
      <RegionNav />
      <Routes>
        <Route index element={<RegionSearchPage />} />
        <Route path="statistik" element={<RegionalStatisticsPage />} />
        <Route path=":slug/:id" element={<RegionOfferPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AreaGate>
  );
}
