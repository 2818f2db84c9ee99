import { useTheme } from './admin-api';
import { AdminPage } from './admin-page';
import { t } from './messages';
import { QueryResult } from '../areas/query-result';
import { ThemeEditor } from './theme-editor';

/** The tenant's colours and logo. Every colour pair must meet WCAG 2.1 AA; the API checks on saving. */
export function ThemePage() {
  const theme = useTheme();
  return (
    <AdminPage title={t('theme.title')} intro={t('theme.intro')}>
      <QueryResult query={theme}>{(data) => <ThemeEditor theme={data} />}</QueryResult>
    </AdminPage>
  );
}
