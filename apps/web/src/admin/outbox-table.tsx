import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import type { OutboxPage } from './admin-api';
import { DataTable } from '../areas/data-table';
import { t } from './messages';

/** The e-mails, newest first; each subject opens the whole message. */
export function OutboxTable({ outbox }: { outbox: OutboxPage }) {
  if (outbox.items.length === 0) return <p>{t('outbox.none')}</p>;
  return (
    <DataTable
      caption={t('outbox.count', { count: outbox.total })}
      headings={[
        t('outbox.subject'),
        t('outbox.recipient'),
        t('outbox.status'),
        t('outbox.createdAt'),
        t('outbox.attempts'),
      ]}
    >
      {outbox.items.map((message) => (
        <tr key={message.id}>
          <th scope="row">
            <Link to={`/admin/post/${message.id}`}>{message.subject}</Link>
          </th>
          <td>{message.recipient}</td>
          <td>
            {t(`outbox.status.${message.status}`)}
            {message.lastError && <span className="outbox-error">{message.lastError}</span>}
          </td>
          <td>{formatDateTime(message.createdAt)}</td>
          <td>{message.attempts}</td>
        </tr>
      ))}
    </DataTable>
  );
}
