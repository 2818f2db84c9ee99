import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AssociationMemberships, AuditLog } from '@socialkompas/auth';
import { Tenant } from '@socialkompas/tenancy';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import {
  AccessRequestDto,
  AccessRequestPage,
  AccessRequestView,
  ReviewQueryDto,
} from './association-work.dto';
import { AccessRequestsRepository } from './access-requests.repository';

const notFound = () =>
  new NotFoundException({ title: 'Ikke fundet', detail: 'Anmodningen findes ikke her.' });

/**
 * Someone from an association asks for access from the association's public page; an editor
 * approves (which invites them, with the invitation mail) or rejects with a reason.
 */
@Injectable()
export class AccessRequestsService {
  constructor(
    private readonly requests: AccessRequestsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly memberships: AssociationMemberships,
    private readonly auditLog: AuditLog,
  ) {}

  /** Only for a published association, as only its page has the form. A repeat changes nothing. */
  async request(input: AccessRequestDto, actor: Actor): Promise<void> {
    const organization = await this.organizations.findById(input.organizationId, ['published']);
    if (!organization) {
      throw new NotFoundException({ title: 'Ikke fundet', detail: 'Foreningen findes ikke her.' });
    }
    const email = input.email.trim().toLowerCase();
    const id = await this.requests.insert({
      organizationId: organization.id,
      name: input.name,
      email,
      message: input.message ?? '',
    });
    if (!id) return;
    await this.auditLog.record({
      entityType: 'access_request',
      entityId: id,
      entityLabel: organization.name,
      action: 'request_access',
      actor: { ...actor, label: `${input.name} <${email}>` },
      changes: { organizationId: organization.id, email },
    });
  }

  list({ status, page, size }: ReviewQueryDto): Promise<AccessRequestPage> {
    return this.requests.page(status ?? 'pending', page, size);
  }

  async approve(tenant: Tenant, id: string, actor: Actor): Promise<AccessRequestView> {
    const request = await this.lockPending(id);
    await this.memberships.invite(
      tenant,
      { id: request.organizationId, name: request.organizationName },
      request.email,
      actor,
    );
    return this.decide(request, 'approved', null, actor);
  }

  async reject(id: string, reason: string, actor: Actor): Promise<AccessRequestView> {
    return this.decide(await this.lockPending(id), 'rejected', reason, actor);
  }

  private async lockPending(id: string): Promise<AccessRequestView> {
    const request = await this.requests.lock(id);
    if (!request) throw notFound();
    if (request.status !== 'pending') {
      throw new ConflictException({
        title: 'Allerede afgjort',
        detail: 'Anmodningen er allerede afgjort.',
        current: request,
      });
    }
    return request;
  }

  private async decide(
    request: AccessRequestView,
    status: 'approved' | 'rejected',
    reason: string | null,
    actor: Actor,
  ): Promise<AccessRequestView> {
    await this.requests.decide(request.id, status, reason);
    await this.auditLog.record({
      entityType: 'access_request',
      entityId: request.id,
      entityLabel: request.organizationName,
      action: status === 'approved' ? 'approve' : 'reject',
      actor,
      changes: {
        email: request.email,
        organizationId: request.organizationId,
        ...(reason ? { reason } : {}),
      },
    });
    const decided = await this.requests.find(request.id);
    if (!decided) throw notFound();
    return decided;
  }
}
