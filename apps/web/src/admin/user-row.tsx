import { useState } from 'react';
import { formatDateTime } from '../i18n/format';
import { useCurrentTenant } from '../tenant/tenant-context';
import { useMembershipAction, type Membership, type MembershipAction, type StaffRole } from './admin-api';
import { t } from './messages';
import { assignableRoles } from './roles';
import { RowProblem } from '../areas/row-problem';

const COLUMNS = 5;

/** An invitation can be withdrawn; a membership in use is deactivated instead, and can come back. */
const STATUS_ACTIONS = {
  invited: { kind: 'withdraw' },
  active: { kind: 'deactivate' },
  deactivated: { kind: 'reactivate' },
} as const satisfies Record<Membership['status'], MembershipAction>;

/** One membership with its role and status, and what can be done to it; a refusal shows under the row. */
export function UserRow({ member, onDone }: { member: Membership; onDone: (message: string) => void }) {
  const tenant = useCurrentTenant();
  const [role, setRole] = useState<Membership['role']>(member.role);
  // When the list is read again with a new role, the choice follows it (React's "adjust state on prop change").
  const [listedRole, setListedRole] = useState<Membership['role']>(member.role);
  if (listedRole !== member.role) {
    setListedRole(member.role);
    setRole(member.role);
  }
  const action = useMembershipAction(member);
  const who = member.name ?? member.email;
  const roles = assignableRoles(tenant);
  // An association's member belongs to the association and keeps that role.
  const isAssignable = (candidate: Membership['role']): candidate is StaffRole =>
    roles.some((assignable) => assignable === candidate);
  const statusAction = STATUS_ACTIONS[member.status];
  const run = (next: MembershipAction, done: string) =>
    action.mutate(next, { onSuccess: () => onDone(done) });

  return (
    <>
      <tr>
        <th scope="row">
          {member.name && <span className="user-row__name">{member.name}</span>}
          <span className="user-row__email">{member.email}</span>
        </th>
        <td>
          {isAssignable(member.role) ? (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                if (!isAssignable(role)) return;
                run(
                  { kind: 'changeRole', role },
                  t('users.changeRole.done', { who, role: t(`role.${role}`) }),
                );
              }}
            >
              <select
                aria-label={t('users.roleFor', { who })}
                value={role}
                onChange={(event) => setRole(event.target.value as StaffRole)}
              >
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {t(`role.${option}`)}
                  </option>
                ))}
              </select>
              <button type="submit" className="button" disabled={action.isPending || role === member.role}>
                {t('users.changeRole')}
                <span className="admin-visually-hidden"> {who}</span>
              </button>
            </form>
          ) : (
            t(`role.${member.role}`)
          )}
        </td>
        <td>{t(`status.${member.status}`)}</td>
        <td>{member.lastLoginAt ? formatDateTime(member.lastLoginAt) : t('users.neverLoggedIn')}</td>
        <td>
          <button
            type="button"
            className={statusAction.kind === 'reactivate' ? 'button' : 'button button--danger'}
            disabled={action.isPending}
            onClick={() => run(statusAction, t(`users.${statusAction.kind}.done`, { who }))}
          >
            {t(`users.${statusAction.kind}`)}
            <span className="admin-visually-hidden"> {who}</span>
          </button>
        </td>
      </tr>
      <RowProblem error={action.error} columns={COLUMNS} />
    </>
  );
}
