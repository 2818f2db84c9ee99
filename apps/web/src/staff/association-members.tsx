import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { Field, fieldErrors } from '../forms/field';
import { t } from './messages';

const membersKey = (organizationId: string) => ['staff', 'organization', organizationId, 'members'] as const;

/**
 * "Inviter bruger": the people who keep an association's offers up to date, and a form to invite
 * one more (they get a mail with their first login link). Mount it on an association's page.
 */
export function AssociationMembers({ organizationId }: { organizationId: string }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const members = useQuery({
    queryKey: membersKey(organizationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin/organizations/{id}/members', {
          params: { path: { id: organizationId } },
          signal,
        }),
      ),
  });
  const invite = useMutation({
    mutationFn: (address: string) =>
      unwrap(
        api.POST('/api/v1/admin/organizations/{id}/members', {
          params: { path: { id: organizationId } },
          body: { email: address },
        }),
      ),
    onSuccess: () => {
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: membersKey(organizationId) });
    },
  });
  const emailErrors = fieldErrors(invite.error, 'email');
  return (
    <section className="section" aria-labelledby="foreningens-brugere">
      <h2 id="foreningens-brugere">{t('members.title')}</h2>
      <p>{t('members.intro')}</p>
      {members.isPending && <LoadingStatus />}
      {members.isError && <ErrorAlert error={members.error} level={2} />}
      {members.data?.length === 0 && <p>{t('members.none')}</p>}
      {members.data && members.data.length > 0 && (
        <ul>
          {members.data.map((member) => (
            <li key={member.id}>
              {member.email} ({t(`members.status.${member.status}`)})
            </li>
          ))}
        </ul>
      )}
      <div role="status">
        {invite.isSuccess && (
          <p className="notice notice--success">{t('members.invited', { email: invite.data.email })}</p>
        )}
      </div>
      {invite.isError && emailErrors.length === 0 && <ErrorAlert error={invite.error} level={2} />}
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate(email.trim());
        }}
      >
        <Field label={t('members.email')} errors={emailErrors}>
          <input
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </Field>
        <button type="submit" className="button button--primary" disabled={invite.isPending}>
          {t('members.invite')}
        </button>
      </form>
    </section>
  );
}
