import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { AssociationMembers } from '../association-members';
import { useDocumentTitle } from '../../document/use-document-title';
import { ErrorAlert } from '../../feedback/problem-alert';
import { LoadingStatus } from '../../feedback/loading-status';
import { FormProblem } from '../../areas/form-problem';
import { ActionNotice, type Notice } from '../action-notice';
import { conflictingRecord } from '../conflict';
import { t } from './messages';
import {
  changedOrganizationFields,
  ORGANIZATION_FIELDS,
  organizationDraftOf,
  organizationUpdateOf,
  type OrganizationDraft,
} from './organization-draft';
import { OrganizationConflict } from './organization-conflict';
import { OrganizationForm } from './organization-form';
import { OrganizationLifecycle } from './organization-lifecycle';
import { OrganizationOffers } from './organization-offers';
import {
  useEditorOrganization,
  useOrganizationAction,
  useUpdateOrganization,
  type EditorOrganization,
} from './organizations-api';

interface OrganizationEditorProps {
  /** The saved association; the editor starts from it and is remounted when its version changes. */
  organization: EditorOrganization;
  update: ReturnType<typeof useUpdateOrganization>;
  action: ReturnType<typeof useOrganizationAction>;
  onDone: (notice: Notice) => void;
  onReload: () => void;
}

/** The form of one version of an association: edits, a stale-version conflict, and its status. */
function OrganizationEditor({ organization, update, action, onDone, onReload }: OrganizationEditorProps) {
  const [base] = useState(() => organizationDraftOf(organization));
  const [draft, setDraft] = useState<OrganizationDraft>(base);
  const [unchanged, setUnchanged] = useState(false);
  const changed = changedOrganizationFields(base, draft);
  const theirs = conflictingRecord<EditorOrganization>(update.error);

  function save(version: number) {
    setUnchanged(changed.length === 0);
    if (changed.length === 0) return;
    update.mutate(organizationUpdateOf(base, draft, version), {
      onSuccess: () => onDone({ message: t('edit.saved') }),
    });
  }

  return (
    <>
      {theirs ? (
        <OrganizationConflict
          mine={draft}
          theirs={organizationDraftOf(theirs)}
          changed={changed}
          pending={update.isPending}
          onKeepMine={() => save(theirs.version)}
          onUseTheirs={onReload}
        />
      ) : (
        <FormProblem error={update.error} fields={ORGANIZATION_FIELDS} />
      )}
      {unchanged && <p role="status">{t('form.unchanged')}</p>}
      <OrganizationForm
        draft={draft}
        onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        error={update.error}
        pending={update.isPending}
        submitLabel={t('form.save')}
        onSubmit={() => save(organization.version)}
      />
      <OrganizationLifecycle
        organization={organization}
        dirty={changed.length > 0}
        action={action}
        onDone={onDone}
        onReload={onReload}
      />
    </>
  );
}

/** /personale/foreninger/:id — an association's fields, status and offers for an editor. */
export function OrganizationEditPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const organization = useEditorOrganization(id);
  // The mutations live here, above the editor that is remounted with each new version.
  const update = useUpdateOrganization(id);
  const action = useOrganizationAction(id);
  const created = (location.state as { notice?: string } | null)?.notice;
  const [notice, setNotice] = useState<Notice | undefined>(created ? { message: created } : undefined);
  useDocumentTitle(organization.data ? t('edit.title', { name: organization.data.name }) : undefined);

  if (organization.isPending) return <LoadingStatus />;
  if (organization.isError) return <ErrorAlert error={organization.error} />;
  const { data } = organization;
  const reload = () => {
    update.reset();
    action.reset();
    setNotice(undefined);
    void organization.refetch();
  };
  return (
    <>
      <p>
        <Link to="/personale/foreninger">{t('edit.back')}</Link>
      </p>
      <h1>{data.name}</h1>
      {data.status === 'published' && (
        <p>
          <Link to={`/forening/${data.id}`}>{t('edit.publicPage')}</Link>
        </p>
      )}
      <ActionNotice notice={update.isError || action.isError ? undefined : notice} />
      <OrganizationEditor
        key={data.version}
        organization={data}
        update={update}
        action={action}
        onDone={setNotice}
        onReload={reload}
      />
      <OrganizationOffers organizationId={data.id} />
      <AssociationMembers organizationId={data.id} />
    </>
  );
}
