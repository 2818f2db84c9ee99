import { useSearchParams } from 'react-router';
import { useAuditLog, type AuditLogQuery } from './admin-api';
import { AdminPage } from './admin-page';
import { AUDIT_ENTITY_TYPES, AuditLogFilters } from './audit-log-filters';
import { AuditLogTable } from './audit-log-table';
import { t } from './messages';
import { Pager, pageHref, pageOf } from '../layout/pager';
import { QueryResult } from '../areas/query-result';

const PAGE_SIZE = 50;

/** `2026-11-30` as `2026-12-01`: the page's "to" includes its day, the API's excludes it. */
function dayAfter(date: string): string | undefined {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return undefined;
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The address's filters as the API's query; unknown values are left out rather than refused. */
function auditQueryOf(params: URLSearchParams): AuditLogQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const entityType = AUDIT_ENTITY_TYPES.find((type) => type === params.get('entityType'));
  const to = text('to');
  return {
    page: pageOf(params),
    size: PAGE_SIZE,
    action: text('action'),
    entityType,
    entityId: text('entityId'),
    from: text('from'),
    to: to && dayAfter(to),
  };
}

/** Who changed what, and when, in the tenant: newest first. */
export function AuditLogPage() {
  const [params] = useSearchParams();
  const query = auditQueryOf(params);
  const log = useAuditLog(query);
  return (
    <AdminPage title={t('audit.title')} intro={t('audit.intro')}>
      <AuditLogFilters error={log.error} />
      <QueryResult query={log}>
        {(data) => (
          <>
            <AuditLogTable log={data} />
            <Pager
              page={data.page}
              size={data.size}
              total={data.total}
              hrefFor={(target) => pageHref(params, 'page', target)}
            />
          </>
        )}
      </QueryResult>
    </AdminPage>
  );
}
