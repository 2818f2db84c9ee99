import { Link } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatNumber } from '../i18n/format';
import { mayUse, useSession } from '../session/session';
import { t } from './messages';
import { useDashboard, type DashboardCounts } from './staff-api';

type DashboardLabel = Parameters<typeof t.plural>[0];

interface Item {
  count: keyof DashboardCounts;
  /** A message with `.one` and `.other` forms: "1 dødt link", "2 døde links". */
  label: DashboardLabel;
  to: string;
}

const EDITORIAL_ITEMS: Item[] = [
  { count: 'offersInReview', label: 'dashboard.offersInReview', to: '/personale/godkendelse' },
  { count: 'pendingRevisions', label: 'dashboard.pendingRevisions', to: '/personale/godkendelse#rettelser' },
  {
    count: 'pendingSuggestions',
    label: 'dashboard.pendingSuggestions',
    to: '/personale/godkendelse#forslag',
  },
  {
    count: 'pendingAccessRequests',
    label: 'dashboard.pendingAccessRequests',
    to: '/personale/godkendelse#adgang',
  },
  { count: 'openErrorReports', label: 'dashboard.openErrorReports', to: '/personale/fejlmeldinger#fejl' },
  {
    count: 'openUpdateRequests',
    label: 'dashboard.openUpdateRequests',
    to: '/personale/fejlmeldinger#rettelser',
  },
  { count: 'brokenLinks', label: 'dashboard.brokenLinks', to: '/personale/links' },
  { count: 'staleOffers', label: 'dashboard.staleOffers', to: '/personale/tilbud?stale=true' },
];

/** The outbox is the administrators' page; only they get the link. */
const ADMIN_ITEMS: Item[] = [
  { count: 'heldOrFailedMail', label: 'dashboard.heldOrFailedMail', to: '/admin/post' },
];

/** "Overblik": how much waits in each of the editors' lists, each a link to the list. */
export function DashboardPage() {
  const counts = useDashboard();
  const { data: session } = useSession();
  const items = mayUse(session, 'admin') ? [...EDITORIAL_ITEMS, ...ADMIN_ITEMS] : EDITORIAL_ITEMS;
  useDocumentTitle(t('dashboard.title'));
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.intro')}</p>
      {counts.isPending && <LoadingStatus />}
      {counts.isError && <ErrorAlert error={counts.error} level={2} />}
      {counts.data && (
        <ul className="staff-counts">
          {items.map((item) => (
            <li key={item.count}>
              <Link to={item.to} className="staff-count">
                <span className="staff-count__number">{formatNumber(counts.data[item.count])}</span>{' '}
                <span>{t.plural(item.label, counts.data[item.count])}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
