import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../layout/not-found-page';
import { AdminNav } from './admin-nav';
import { AreaGate } from '../areas/area-gate';
import { AccessibilityPage } from './accessibility-page';
import { AuditLogPage } from './audit-log-page';
import { IdentityProviderPage } from './identity-provider-page';
import { ImportExportPage } from './import-export-page';
import { NationalOffersPage } from './national-offers-page';
import { OutboxMessagePage } from './outbox-message-page';
import { OutboxPage } from './outbox-page';
import { SearchStatsPage } from './search-stats-page';
import { SettingsPage } from './settings-page';
import { ThemePage } from './theme-page';
import { UsersPage } from './users-page';

/** The tenant administrator's pages (`/admin/*`), loaded only when one of them is opened. */
export default function AdminArea() {
  return (
    <AreaGate area="admin">
      <AdminNav />
      <Routes>
        <Route index element={<UsersPage />} />
        <Route path="tema" element={<ThemePage />} />
        <Route path="indstillinger" element={<SettingsPage />} />
        <Route path="login" element={<IdentityProviderPage />} />
        <Route path="tilgaengelighed" element={<AccessibilityPage />} />
        <Route path="statistik" element={<SearchStatsPage />} />
        <Route path="log" element={<AuditLogPage />} />
        <Route path="post" element={<OutboxPage />} />
        <Route path="post/:id" element={<OutboxMessagePage />} />
        <Route path="import" element={<ImportExportPage />} />
        <Route path="landsdaekkende-tilbud" element={<NationalOffersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AreaGate>
  );
}
