import { Inject, Injectable } from '@nestjs/common';
import { TenantMailer } from '@socialkompas/mail';
import type { Tenant } from '@socialkompas/tenancy';
import type { StaffIdentity } from '../access/staff-request';
import type { Actor } from '../audit/actor';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { staffInvitationMail } from './invitation-mails';
import { InviteUserDto } from './membership.dto';
import { MembershipsService, MembershipView } from './memberships.service';

/** An invitation to the tenant's staff, and the mail that tells the person where to log in. */
@Injectable()
export class StaffInvitations {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly mailer: TenantMailer,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  /** In the current unit of work: the membership, its audit record and its mail commit together. */
  async invite(tenant: Tenant, input: InviteUserDto, by: StaffIdentity, actor: Actor): Promise<MembershipView> {
    const membership = await this.memberships.invite(tenant, input, by, actor);
    await this.mailer.send({
      dedupeKey: `invitation:${membership.id}`,
      kind: 'staff_invitation',
      offerId: null,
      recipient: membership.email,
      ...staffInvitationMail({
        tenant,
        email: membership.email,
        role: membership.role,
        invitedBy: actor.label,
        loginUrl: `${this.options.publicUrlOf(tenant)}/auth/login`,
      }),
    });
    return membership;
  }
}
