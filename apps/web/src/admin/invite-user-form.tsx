import { useState } from 'react';
import { Field, fieldErrors } from '../forms/field';
import { useCurrentTenant } from '../tenant/tenant-context';
import { useInviteUser, type StaffRole } from './admin-api';
import { FormProblem } from '../areas/form-problem';
import { t } from './messages';
import { assignableRoles } from './roles';

/** Invites a colleague by e-mail; the invitation is taken when they first log in with that address. */
export function InviteUserForm({ onInvited }: { onInvited: (message: string) => void }) {
  const tenant = useCurrentTenant();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const invite = useInviteUser();

  return (
    <form
      className="callout"
      aria-labelledby="invite-heading"
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate(
          { email: email.trim(), role },
          {
            onSuccess: () => {
              onInvited(t('users.invited', { email: email.trim() }));
              setEmail('');
            },
          },
        );
      }}
    >
      <h2 id="invite-heading">{t('users.invite.heading')}</h2>
      <p className="hint">{t('users.invite.intro')}</p>
      <FormProblem error={invite.error} fields={['email', 'role']} />
      <Field label={t('users.email')} errors={fieldErrors(invite.error, 'email')}>
        <input
          type="email"
          required
          maxLength={254}
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </Field>
      <Field label={t('users.role')} errors={fieldErrors(invite.error, 'role')}>
        <select value={role} onChange={(event) => setRole(event.target.value as StaffRole)}>
          {assignableRoles(tenant).map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        {t('users.invite.submit')}
      </button>
    </form>
  );
}
