import { ErrorAlert } from '../../feedback/problem-alert';
import type { Notice } from '../action-notice';
import { conflictingRecord } from '../conflict';
import { t } from './messages';
import type {
  EditorOrganization,
  OrganizationAction,
  OrganizationStatus,
  useOrganizationAction,
} from './organizations-api';

/** What an editor may do from each status (the API's lifecycle). */
const ACTIONS: Record<OrganizationStatus, OrganizationAction[]> = {
  draft: ['publish', 'archive'],
  in_review: ['publish', 'reopen', 'archive'],
  published: ['archive'],
  archived: ['reopen'],
};

interface OrganizationLifecycleProps {
  organization: EditorOrganization;
  /** Unsaved edits: a status change would load the saved association over them. */
  dirty: boolean;
  action: ReturnType<typeof useOrganizationAction>;
  onDone: (notice: Notice) => void;
  onReload: () => void;
}

/** Publish, archive and reopen, as the association's status allows, and what that means for citizens. */
export function OrganizationLifecycle({
  organization,
  dirty,
  action,
  onDone,
  onReload,
}: OrganizationLifecycleProps) {
  const published = organization.status === 'published';
  return (
    <section className="section" aria-labelledby="organization-status-heading">
      <h2 id="organization-status-heading">{t('lifecycle.heading')}</h2>
      <p>
        {t('lifecycle.current', { status: t(`status.${organization.status}`) })}{' '}
        {published ? t('lifecycle.visible') : t('lifecycle.hidden')}
      </p>
      {dirty && (
        <p className="hint" id="organization-status-dirty">
          {t('lifecycle.saveFirst')}
        </p>
      )}
      {action.isError && <ErrorAlert error={action.error} level={2} />}
      {conflictingRecord(action.error) && (
        <p>
          <button type="button" className="button" onClick={onReload}>
            {t('conflict.reload')}
          </button>
        </p>
      )}
      <div className="staff-actions">
        {ACTIONS[organization.status].map((name) => (
          <button
            key={name}
            type="button"
            className={name === 'archive' ? 'button button--danger' : 'button'}
            disabled={action.isPending || dirty}
            aria-describedby={dirty ? 'organization-status-dirty' : undefined}
            onClick={() =>
              action.mutate(
                { action: name, version: organization.version },
                { onSuccess: () => onDone({ message: t(`done.${name}`) }) },
              )
            }
          >
            {t(`action.${name}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
