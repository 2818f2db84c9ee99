import { Injectable } from '@nestjs/common';
import type { Tenant } from '@socialkompas/tenancy';
import type { Actor } from '../audit/actor';
import { EmailLoginService } from '../email-login/email-login.service';
import { MembershipsRepository } from './memberships.repository';
import { MembershipsService, MembershipView } from './memberships.service';

/** The association a member is invited to, as the catalogue has checked it exists in the tenant. */
export interface InvitingOrganization {
  id: string;
  name: string;
}

/**
 * The people of one association: invited by an editor (or by approving their request), they log
 * in by e-mail link and act for that association only. Their memberships are platform rows like
 * every other; the organisation they name is checked by the caller inside the tenant's schema.
 */
@Injectable()
export class AssociationMemberships {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly repository: MembershipsRepository,
    private readonly emailLogin: EmailLoginService,
  ) {}

  /** In the current unit of work: the invitation, its audit record and its mail commit together. */
  async invite(
    tenant: Tenant,
    organization: InvitingOrganization,
    rawEmail: string,
    actor: Actor,
  ): Promise<MembershipView> {
    const membership = await this.memberships.insertInvitation(
      tenant,
      rawEmail,
      'association',
      organization.id,
      actor,
    );
    await this.emailLogin.sendInvitation(tenant, {
      membershipId: membership.id,
      email: membership.email,
      organizationName: organization.name,
      invitedBy: actor.label,
    });
    return membership;
  }

  members(tenant: Tenant, organizationId: string): Promise<MembershipView[]> {
    return this.repository.ofOrganization(tenant.id, organizationId);
  }
}
