import { useState } from 'react';
import { Announcement } from '../areas/announcement';
import { FormProblem } from '../areas/form-problem';
import { Field, fieldErrors } from '../forms/field';
import { useAddDomain, useRemoveDomain, type TenantDetail } from '../onboarding/onboarding-api';
import { t } from './messages';

/** A tenant's own host names, added and removed one at a time. */
export function TenantDomains({ tenant }: { tenant: TenantDetail }) {
  const [host, setHost] = useState('');
  const [message, setMessage] = useState('');
  const add = useAddDomain(tenant.slug);
  const remove = useRemoveDomain(tenant.slug);
  return (
    <section aria-labelledby="domains-heading">
      <h2 id="domains-heading">{t('domains.heading')}</h2>
      {tenant.domains.length === 0 ? (
        <p className="hint">{t('domains.none')}</p>
      ) : (
        <ul className="plain-list">
          {tenant.domains.map((domain) => (
            <li key={domain}>
              {domain}{' '}
              <button
                type="button"
                className="button button--small"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(domain, {
                    onSuccess: () => setMessage(t('domains.removed', { host: domain })),
                  })
                }
              >
                {t('domains.remove')}
                <span className="admin-visually-hidden"> {domain}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormProblem error={remove.error} fields={[]} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const added = host.trim().toLowerCase();
          add.mutate(added, {
            onSuccess: () => {
              setMessage(t('domains.added', { host: added }));
              setHost('');
            },
          });
        }}
      >
        <FormProblem error={add.error} fields={['host']} />
        <Field
          label={t('domains.host')}
          hint={t('domains.host.hint')}
          errors={fieldErrors(add.error, 'host')}
        >
          <input
            type="text"
            required
            spellCheck={false}
            value={host}
            onChange={(event) => setHost(event.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('domains.add')}
        </button>
      </form>
      <Announcement message={message} />
    </section>
  );
}
