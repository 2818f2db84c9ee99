import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { formatDateTime } from '../i18n/format';
import { useOutboxMessage, type OutboxMessage } from './admin-api';
import { t } from './messages';
import { QueryResult } from '../areas/query-result';

/**
 * One e-mail as it was (or will be) sent. The HTML part is shown in a sandboxed frame with no
 * scripts, forms or same-origin access: it is mail, not part of this page.
 */
function MessageView({ message }: { message: OutboxMessage }) {
  useDocumentTitle(message.subject);
  return (
    <>
      <h1>{message.subject}</h1>
      <dl className="outbox-meta">
        <dt>{t('outbox.recipient')}</dt>
        <dd>{message.recipient}</dd>
        <dt>{t('outbox.status')}</dt>
        <dd>{t(`outbox.status.${message.status}`)}</dd>
        <dt>{t('outbox.createdAt')}</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>{t('outbox.sentAt')}</dt>
        <dd>{message.sentAt ? formatDateTime(message.sentAt) : t('outbox.notSent')}</dd>
        <dt>{t('outbox.attempts')}</dt>
        <dd>{message.attempts}</dd>
        {message.lastError && (
          <>
            <dt>{t('outbox.lastError')}</dt>
            <dd>{message.lastError}</dd>
          </>
        )}
      </dl>
      <h2>{t('outbox.text')}</h2>
      <pre className="outbox-text">{message.textBody}</pre>
      <h2>{t('outbox.html')}</h2>
      <iframe
        className="outbox-html"
        title={t('outbox.htmlFrame', { subject: message.subject })}
        sandbox=""
        srcDoc={message.htmlBody}
      />
    </>
  );
}

export function OutboxMessagePage() {
  const { id = '' } = useParams();
  const message = useOutboxMessage(id);
  return (
    <>
      <p>
        <Link to="/admin/post">{t('outbox.back')}</Link>
      </p>
      <QueryResult query={message} level={1}>
        {(data) => <MessageView message={data} />}
      </QueryResult>
    </>
  );
}
