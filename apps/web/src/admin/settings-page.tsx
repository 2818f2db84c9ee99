import { useSettings } from './admin-api';
import { AdminPage } from './admin-page';
import { t } from './messages';
import { QueryResult } from '../areas/query-result';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const settings = useSettings();
  return (
    <AdminPage title={t('settings.title')} intro={t('settings.intro')}>
      <QueryResult query={settings}>{(data) => <SettingsForm settings={data} />}</QueryResult>
    </AdminPage>
  );
}
