import { useState } from 'react';
import { FormProblem } from '../areas/form-problem';
import { Field, fieldErrors } from '../forms/field';
import { t } from './messages';
import { useChecklist, useInviteAdmin, useTenantDetail } from './onboarding-api';
import type { TenantScope } from './tenant-scope';

/** Where the invited person logs in: the tenant's own site. */
function useLoginUrl(scope: TenantScope): string {
  const detail = useTenantDetail(scope.kind === 'platform' ? scope.slug : '');
  if (scope.kind === 'own') return `${window.location.origin}/auth/login`;
  return detail.data ? `${detail.data.publicUrl}/auth/login` : '';
}

/** What the live checklist says of the first administrator and their mail, for the platform operator. */
function InvitationState({ slug }: { slug: string }) {
  const checklist = useChecklist(slug);
  const step = checklist.data?.steps.find((candidate) => candidate.key === 'first_admin');
  if (!step || step.status !== 'done') return null;
  return (
    <p className="notice">
      <strong>{t('firstAdmin.status')}:</strong> {step.detail}
    </p>
  );
}

/**
 * Invites the tenant's first administrator by e-mail. The invitation mail goes through the tenant's
 * outbox; when no SMTP server is configured the step says that the mail waits there.
 */
export function FirstAdminStep({ scope, onDone }: { scope: TenantScope; onDone?: () => void }) {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState('');
  const invite = useInviteAdmin(scope);
  const loginUrl = useLoginUrl(scope);
  const checklist = useChecklist(scope.kind === 'platform' ? scope.slug : '');
  // The own tenant's administrators cannot read the platform's mail set-up: they are told it is sent.
  const mailDelivered = scope.kind === 'own' || checklist.data?.mailDelivered !== false;

  return (
    <form
      aria-label={t('firstAdmin.email')}
      onSubmit={(event) => {
        event.preventDefault();
        const address = email.trim().toLowerCase();
        invite.mutate(
          { email: address, role: 'tenant_admin' },
          {
            onSuccess: () => {
              setSentTo(address);
              setEmail('');
              onDone?.();
            },
          },
        );
      }}
    >
      <FormProblem error={invite.error} fields={['email']} />
      <Field
        label={t('firstAdmin.email')}
        hint={t('firstAdmin.email.hint')}
        errors={fieldErrors(invite.error, 'email')}
      >
        <input
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </Field>
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        {t('firstAdmin.invite')}
      </button>
      <div role="status">
        {sentTo && (
          <p className="notice notice--success">
            {t('firstAdmin.invited', { email: sentTo })}{' '}
            {t(mailDelivered ? 'firstAdmin.mailSent' : 'firstAdmin.mailWaits', { email: sentTo, loginUrl })}
          </p>
        )}
      </div>
      {scope.kind === 'platform' && <InvitationState slug={scope.slug} />}
    </form>
  );
}
