import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormProblem } from '../areas/form-problem';
import { Field, fieldErrors } from '../forms/field';
import { FieldErrorSummary } from '../staff/field-error-summary';
import type { TenantDetail } from '../onboarding/onboarding-api';
import { t } from './delete-tenant-messages';
import { backupDownloadUrl, useDeleteTenant } from './platform-api';

/** The list of tenants, where a deletion's news is shown (see TenantsPage). */
export const TENANTS_PATH = '/platform';

const CONFIRM_ID = 'delete-tenant-confirm';
/** The fields the API names in a refusal: the typed slug, the tenant's state, its backup. */
const REFUSAL_FIELDS = ['confirm', 'status', 'backup'];

/**
 * Deleting a tenant, in the order the API demands: suspended first, a backup downloaded, then the
 * slug typed as confirmation. The button stays disabled until the slug is typed exactly.
 */
export function DeleteTenantSection({ tenant }: { tenant: TenantDetail }) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteTenant(tenant.slug);
  const navigate = useNavigate();
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('delete.heading')}</h2>
      {tenant.status !== 'suspended' ? (
        <p>
          {t('delete.suspendFirst', { name: tenant.name })}{' '}
          <Link to={TENANTS_PATH}>{t('delete.toList')}</Link>
        </p>
      ) : (
        <>
          <p>{t('delete.intro')}</p>
          <p>
            <a
              className="button"
              href={backupDownloadUrl(tenant.slug)}
              download
              aria-describedby="download-hint"
            >
              {t('delete.download')}
            </a>
          </p>
          <p id="download-hint" className="hint">
            {t('delete.download.hint')}
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (typed !== tenant.slug) return;
              remove.mutate(typed, {
                onSuccess: () =>
                  navigate(TENANTS_PATH, { state: { notice: t('delete.done', { name: tenant.name }) } }),
              });
            }}
          >
            <FieldErrorSummary
              error={remove.error}
              heading={t('delete.errorSummary')}
              locate={(field, message) =>
                field === 'confirm'
                  ? {
                      href: `#${CONFIRM_ID}`,
                      text: message,
                      focus: () => document.getElementById(CONFIRM_ID)?.focus(),
                    }
                  : undefined
              }
            />
            <FormProblem error={remove.error} fields={REFUSAL_FIELDS} />
            <Field
              label={t('delete.confirm', { slug: tenant.slug })}
              errors={fieldErrors(remove.error, 'confirm')}
            >
              <input
                id={CONFIRM_ID}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
            </Field>
            <button
              type="submit"
              className="button button--danger"
              disabled={typed !== tenant.slug || remove.isPending}
            >
              {t('delete.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
