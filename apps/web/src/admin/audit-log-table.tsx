import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import type { AuditLogPage } from './admin-api';
import { DataTable } from '../areas/data-table';
import { auditSentence, fieldWord, type AuditEntry } from './audit-sentence';
import { t } from './messages';

/** One changed field as a line an editor can read: its name in words, then what it was and became. */
function changeLine(field: string, value: unknown): string {
  const name = fieldWord(field) ?? field;
  const shown = (part: unknown) => (typeof part === 'string' ? part : JSON.stringify(part));
  if (typeof value === 'object' && value !== null && 'from' in value && 'to' in value) {
    return `${name} (${field}): ${shown(value.from)} → ${shown(value.to)}`;
  }
  return `${name} (${field}): ${shown(value)}`;
}

/** The recorded values, for whoever needs them exactly: one line per field. */
function Changes({ changes }: { changes: AuditEntry['changes'] }) {
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return null;
  return (
    <details>
      <summary>{t('audit.changes.show', { count: entries.length })}</summary>
      <pre className="audit-changes">
        {entries.map(([field, value]) => changeLine(field, value)).join('\n')}
      </pre>
    </details>
  );
}

/** "Redigerede tilbuddet «Sorggruppe»: pris", the thing it was done to a link to its page. */
function Sentence({ entry }: { entry: AuditEntry }) {
  const { text, entity, href } = auditSentence(entry);
  const [before, after] = text.includes('{entity}') ? text.split('{entity}') : [text, null];
  return (
    <>
      {before}
      {after !== null && (href ? <Link to={href}>{entity}</Link> : entity)}
      {after}
    </>
  );
}

export function AuditLogTable({ log }: { log: AuditLogPage }) {
  if (log.items.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <DataTable
      caption={t('audit.count', { count: log.total })}
      headings={[t('audit.changedAt'), t('audit.actor'), t('audit.what'), t('audit.changes')]}
    >
      {log.items.map((entry) => (
        <tr key={entry.id}>
          <th scope="row">{formatDateTime(entry.changedAt)}</th>
          <td>
            {entry.actorName}
            {entry.ip && <span className="hint"> ({entry.ip})</span>}
          </td>
          <td>
            <Sentence entry={entry} />
          </td>
          <td>
            <Changes changes={entry.changes} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
