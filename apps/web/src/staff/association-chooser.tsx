import { useDeferredValue, useState } from 'react';
import { Field, fieldErrors } from '../forms/field';
import { fieldAnchor } from './draft-errors';
import { SearchField } from './form-controls';
import { t } from './messages';
import { useOrganizationChoice, useOrganizationChoices } from './staff-api';

interface AssociationChooserProps {
  organizationId: string;
  onChange: (organizationId: string) => void;
  error: unknown;
}

/** The association behind the offer, found by name among all of the tenant's, with each one's status. */
export function AssociationChooser({ organizationId, onChange, error }: AssociationChooserProps) {
  const [search, setSearch] = useState('');
  const choices = useOrganizationChoices(useDeferredValue(search.trim()));
  const current = useOrganizationChoice(organizationId).data;
  const found = choices.data?.items ?? [];
  const options = current && !found.some((item) => item.id === current.id) ? [current, ...found] : found;
  return (
    <div id={fieldAnchor('organizationId')}>
      <SearchField
        label={t('association.search')}
        hint={t('association.searchHint')}
        value={search}
        onChange={setSearch}
      />
      <Field
        label={t('field.organizationId')}
        hint={t('association.count', { count: choices.data?.total ?? 0 })}
        errors={fieldErrors(error, 'organizationId')}
      >
        <select value={organizationId} required onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('association.none')}</option>
          {options.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {t('association.option', {
                name: organization.name,
                status: t(`status.${organization.status}`),
              })}
            </option>
          ))}
        </select>
      </Field>
      {current && current.status !== 'published' && <p className="hint">{t('association.notPublished')}</p>}
    </div>
  );
}
