import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TenantMailer } from '@socialkompas/mail';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import type { Actor } from '../audit/actor';
import { AuditLog } from '../audit/audit-log';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { associationInvitationMail, loginLinkMail } from '../users/invitation-mails';
import { StaffDirectoryRepository } from '../users/staff-directory.repository';
import { ASSOCIATION_LOGIN_PAGE } from './email-login-pages';
import { EmailLoginRepository, LoginLinkPurpose } from './email-login.repository';

/** A login link works for 15 minutes; the one in an invitation for a week, as invitations wait. */
const LINK_LIFETIME_MS: Record<LoginLinkPurpose, number> = {
  login: 15 * 60_000,
  invitation: 7 * 24 * 3_600_000,
};

/** Login links asked for per address and per client in the window; refused requests count too. */
export const EMAIL_LOGIN_LIMITS = { perAddress: 5, perClient: 20, windowMs: 3_600_000 } as const;

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

/** The outcome of pressing a login link's button. */
export type LinkRedemption =
  { ok: true; userId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'no_access' };

/** The address of the page a link opens, on the tenant's own host. */
export const loginLinkPath = (token: string) => `/auth/email-login/${token}`;

/** A person is told only this, whether or not their address has access. */
export const LINK_REQUESTED_MESSAGE =
  'Hvis adressen har adgang, har vi sendt et link til at logge ind. Det virker i 15 minutter og kun én gang.';

/**
 * Passwordless login for associations' people: a link by e-mail, 32 random bytes of which only
 * the hash is stored, short-lived and single use, sent through the tenant's outbox. Asking for a
 * link gives the same answer for every address and is limited per address and per client in the
 * database, so the limit holds across restarts and processes. Every step is audited.
 */
@Injectable()
export class EmailLoginService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly links: EmailLoginRepository,
    private readonly directory: StaffDirectoryRepository,
    private readonly mailer: TenantMailer,
    private readonly auditLog: AuditLog,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  /**
   * Sends a login link if the address is an association member's. Past the limit nothing is sent
   * and the answer is how many seconds to wait.
   */
  async requestLink(
    tenant: Tenant,
    rawEmail: string,
    actor: Actor,
    now = new Date(),
  ): Promise<{ retryAfterSeconds: number | null }> {
    const email = rawEmail.trim().toLowerCase();
    const addressHash = hashOf(email);
    const retryAfterSeconds = await this.tenancy.run(tenant, async (): Promise<number | null> => {
      const since = new Date(now.getTime() - EMAIL_LOGIN_LIMITS.windowMs);
      const recent = await this.links.recentRequests(tenant.id, addressHash, actor.ip, since);
      await this.links.recordRequest(tenant.id, addressHash, actor.ip, since);
      const limitedSince = [
        recent.byAddress >= EMAIL_LOGIN_LIMITS.perAddress ? recent.oldestByAddress : null,
        recent.byClient >= EMAIL_LOGIN_LIMITS.perClient ? recent.oldestByClient : null,
      ].filter((moment): moment is Date => moment !== null);
      if (limitedSince.length > 0) {
        await this.auditLog.record({
          entityType: 'user',
          entityId: null,
          action: 'email_login_refused',
          actor,
          changes: { reason: 'rate_limited' },
        });
        const freeAt =
          Math.max(...limitedSince.map((moment) => moment.getTime())) + EMAIL_LOGIN_LIMITS.windowMs;
        return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
      }
      const membership = await this.links.findAssociationMembership(tenant.id, email);
      const mayLogIn = membership && membership.status !== 'deactivated';
      // The address is recorded only when it belongs to someone here, never a stranger's typing.
      await this.auditLog.record({
        entityType: 'membership',
        entityId: mayLogIn ? membership.id : null,
        action: 'email_login_requested',
        actor,
        changes: mayLogIn ? { email } : { known: false },
      });
      if (mayLogIn) {
        const { url, expiresAt } = await this.issueLink(tenant, membership.id, 'login', now);
        await this.mailer.send({
          dedupeKey: null,
          kind: 'login_link',
          offerId: null,
          recipient: email,
          ...loginLinkMail({ tenant, linkUrl: url, expiresAt }),
        });
      }
      return null;
    });
    return { retryAfterSeconds };
  }

  /**
   * The invitation of a new association member, in the current unit of work: its first login link
   * lives a week, then the person asks for links themselves.
   */
  async sendInvitation(
    tenant: Tenant,
    invitation: { membershipId: string; email: string; organizationName: string; invitedBy: string },
  ): Promise<void> {
    const { url, expiresAt } = await this.issueLink(
      tenant,
      invitation.membershipId,
      'invitation',
      new Date(),
    );
    await this.mailer.send({
      dedupeKey: `invitation:${invitation.membershipId}`,
      kind: 'association_invitation',
      offerId: null,
      recipient: invitation.email,
      ...associationInvitationMail({
        tenant,
        organizationName: invitation.organizationName,
        invitedBy: invitation.invitedBy,
        linkUrl: url,
        expiresAt,
        loginPageUrl: `${this.options.publicUrlOf(tenant)}${ASSOCIATION_LOGIN_PAGE}`,
      }),
    });
  }

  /** Whether the link would still log in, for its page; nothing is used up by looking. */
  async isUsable(tenant: Tenant, token: string, now = new Date()): Promise<boolean> {
    const link = await this.tenancy.run(tenant, () => this.links.findLink(tenant.id, hashOf(token)));
    return Boolean(link && !link.usedAt && link.expiresAt > now);
  }

  /** Uses the link up and says whose login it is; the caller starts the session. Audited either way. */
  redeem(tenant: Tenant, token: string, actor: Actor, now = new Date()): Promise<LinkRedemption> {
    const tokenHash = hashOf(token);
    return this.tenancy.run(tenant, async () => {
      const link = await this.links.lockLink(tenant.id, tokenHash);
      const refusal = !link
        ? 'unknown'
        : link.usedAt
          ? 'used'
          : link.expiresAt <= now
            ? 'expired'
            : link.role !== 'association' || link.status === 'deactivated'
              ? 'no_access'
              : null;
      if (!link || refusal) {
        await this.auditLog.record({
          entityType: 'user',
          entityId: link?.userId ?? null,
          action: 'login_failed',
          actor,
          changes: { reason: refusal, via: 'email_link' },
        });
        return { ok: false, reason: refusal ?? 'unknown' };
      }
      await this.links.markUsed(tokenHash);
      const userId = await this.links.userFor(link.email);
      if (link.status === 'invited') await this.directory.acceptInvitation(link.membershipId, userId);
      await this.auditLog.record({
        entityType: 'user',
        entityId: userId,
        action: 'login',
        actor: { ...actor, userId, label: link.email },
        changes: {
          role: 'association',
          via: link.purpose === 'invitation' ? 'invitation_link' : 'email_link',
        },
      });
      return { ok: true, userId };
    });
  }

  private async issueLink(tenant: Tenant, membershipId: string, purpose: LoginLinkPurpose, now: Date) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
    // Links that can no longer be used are not kept.
    await this.links.deleteExpiredLinks(new Date(now.getTime() - 24 * 3_600_000));
    await this.links.insertLink({
      tokenHash: hashOf(token),
      tenantId: tenant.id,
      membershipId,
      purpose,
      expiresAt,
    });
    return { url: `${this.options.publicUrlOf(tenant)}${loginLinkPath(token)}`, expiresAt };
  }
}
