import { useSearchParams } from 'react-router';
import { Field, fieldErrors } from '../forms/field';
import type { AuditLogQuery } from './admin-api';
import { AUDIT_ACTIONS, auditActionLabel } from './audit-sentence';
import { FilterForm } from './filter-form';
import { t } from './messages';

type AuditEntityType = NonNullable<AuditLogQuery['entityType']>;

// A record rather than a list, so a kind the API adds is a type error here until it is named.
const ENTITY_TYPES = {
  offer: true,
  offer_suggestion: true,
  organization: true,
  taxonomy_term: true,
  membership: true,
  user: true,
  tenant: true,
  oidc_provider: true,
  offer_revision: true,
  access_request: true,
  national_offer: true,
} satisfies Record<AuditEntityType, true>;

/** The kinds of things the audit log records changes to, as the API names them. */
export const AUDIT_ENTITY_TYPES = Object.keys(ENTITY_TYPES) as AuditEntityType[];

/** What, which thing and when; the API's messages for a malformed filter stand under its field. */
export function AuditLogFilters({ error }: { error: unknown }) {
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? '';
  return (
    <FilterForm label={t('audit.filter')}>
      <Field label={t('audit.action')} errors={fieldErrors(error, 'action')}>
        <select name="action" defaultValue={value('action')}>
          <option value="">{t('filter.all')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {auditActionLabel(action)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.entityType')} errors={fieldErrors(error, 'entityType')}>
        <select name="entityType" defaultValue={value('entityType')}>
          <option value="">{t('filter.all')}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`entity.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.entityId')} errors={fieldErrors(error, 'entityId')}>
        <input type="text" name="entityId" maxLength={64} defaultValue={value('entityId')} />
      </Field>
      <Field label={t('filter.from')} errors={fieldErrors(error, 'from')}>
        <input type="date" name="from" defaultValue={value('from')} />
      </Field>
      <Field label={t('filter.toIncluding')} errors={fieldErrors(error, 'to')}>
        <input type="date" name="to" defaultValue={value('to')} />
      </Field>
    </FilterForm>
  );
}
