import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../document/use-document-title';
import { FormProblem } from '../../areas/form-problem';
import { t } from './messages';
import { EMPTY_ORGANIZATION, newOrganizationOf, ORGANIZATION_FIELDS } from './organization-draft';
import { OrganizationForm } from './organization-form';
import { useCreateOrganization } from './organizations-api';

/** /personale/foreninger/ny — a new association, created as a draft; then its own page opens. */
export function OrganizationNewPage() {
  useDocumentTitle(t('new.title'));
  const [draft, setDraft] = useState(EMPTY_ORGANIZATION);
  const create = useCreateOrganization();
  const navigate = useNavigate();
  return (
    <>
      <p>
        <Link to="/personale/foreninger">{t('new.back')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <p className="lead">{t('new.intro')}</p>
      <FormProblem error={create.error} fields={ORGANIZATION_FIELDS} />
      <OrganizationForm
        draft={draft}
        onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
        error={create.error}
        pending={create.isPending}
        submitLabel={t('form.create')}
        onSubmit={() =>
          create.mutate(newOrganizationOf(draft), {
            onSuccess: (created) =>
              void navigate(`/personale/foreninger/${created.id}`, {
                state: { notice: t('edit.created', { name: created.name }) },
              }),
          })
        }
      />
    </>
  );
}
