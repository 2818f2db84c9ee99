import { formatDateTime } from '../i18n/format';
import type { AuditLogPage } from './admin-api';
import { DataTable } from '../areas/data-table';
import { t } from './messages';

type AuditEntry = AuditLogPage['items'][number];

/** The recorded changes, readable without knowing JSON well: one `field: value` line each. */
function Changes({ changes }: { changes: AuditEntry['changes'] }) {
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return null;
  return (
    <details>
      <summary>{t('audit.changes.show', { count: entries.length })}</summary>
      <pre className="audit-changes">
        {entries.map(([field, value]) => `${field}: ${JSON.stringify(value)}`).join('\n')}
      </pre>
    </details>
  );
}

export function AuditLogTable({ log }: { log: AuditLogPage }) {
  if (log.items.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <DataTable
      caption={t('audit.count', { count: log.total })}
      headings={[
        t('audit.changedAt'),
        t('audit.action'),
        t('audit.entity'),
        t('audit.actor'),
        t('audit.changes'),
      ]}
    >
      {log.items.map((entry) => (
        <tr key={entry.id}>
          <th scope="row">{formatDateTime(entry.changedAt)}</th>
          <td>
            <code>{entry.action}</code>
          </td>
          <td>
            {t(`entity.${entry.entityType}`)}
            {entry.entityId && <span className="audit-entity-id">{entry.entityId}</span>}
          </td>
          <td>
            {entry.actor}
            {entry.ip && <span className="hint"> ({entry.ip})</span>}
          </td>
          <td>
            <Changes changes={entry.changes} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
