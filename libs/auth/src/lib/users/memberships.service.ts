import {
  BadRequestException,
  ConflictException,
  Inject,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { badField, PageOf, STAFF_ROLES, StaffRole } from '@socialkompas/http';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import type { StaffIdentity } from '../access/staff-request';
import { Actor } from '../audit/actor';
import { AuditLog } from '../audit/audit-log';
import { AUTH_OPTIONS, AuthOptions } from '../auth.options';
import { PostgresSessionStore } from '../session/postgres-session-store';
import { MembershipRow, MembershipsRepository } from './memberships.repository';
import {
  ChangeRoleDto,
  InviteUserDto,
  MEMBERSHIP_STATUSES,
  MembershipListQueryDto,
  MembershipStatus,
} from './membership.dto';

/** Someone's access to the tenant: an invitation until their first login, then their role there. */
export class MembershipView implements MembershipRow {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'medarbejder@aarhus.dk' })
  email!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  role!: StaffRole;

  @ApiProperty({ enum: MEMBERSHIP_STATUSES })
  status!: MembershipStatus;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null until the first login' })
  userId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'As the identity provider gives it' })
  name!: string | null;

  @ApiProperty({ type: Date, nullable: true })
  lastLoginAt!: Date | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The association an `association` member acts for',
  })
  organizationId!: string | null;

  @ApiProperty()
  createdAt!: Date;
}

export class MembershipPage extends PageOf(MembershipView) {}

/**
 * A tenant administrator's management of who may do what in their tenant. Every query is bound to
 * the request's tenant id, so a membership of another tenant is simply not found. Changes run in
 * the tenant's unit of work, together with their audit record.
 */
@Injectable()
export class MembershipsService {
  constructor(
    tenancy: TenancyService,
    private readonly auditLog: AuditLog,
    private readonly sessions: PostgresSessionStore,
    @Inject(AUTH_OPTIONS) private readonly options: Pick<AuthOptions, 'platformAdminTenant'>,
    // The command line builds this service by hand without a repository; Nest passes its provider.
    private readonly memberships: MembershipsRepository = new MembershipsRepository(tenancy),
  ) {}

  async list(tenant: Tenant, query: MembershipListQueryDto): Promise<MembershipPage> {
    const status = query.status ?? null;
    const total = await this.memberships.count(tenant.id, status);
    const items = await this.memberships.page(tenant.id, status, query.size, (query.page - 1) * query.size);
    return { items, total, page: query.page, size: query.size };
  }

  async invite(
    tenant: Tenant,
    input: InviteUserDto,
    by: StaffIdentity,
    actor: Actor,
  ): Promise<MembershipView> {
    this.checkAssignable(tenant, input.role, by);
    return this.insertInvitation(tenant, input.email, input.role, null, actor);
  }

  /**
   * An invitation of an address to a role, audited; 409 when the address is already invited or a
   * member. `organizationId` names the association of an `association` invitation.
   */
  async insertInvitation(
    tenant: Tenant,
    rawEmail: string,
    role: StaffRole,
    organizationId: string | null,
    actor: Actor,
  ): Promise<MembershipView> {
    const email = rawEmail.trim().toLowerCase();
    const id = await this.memberships.insertInvitation(tenant.id, email, role, organizationId);
    if (!id) {
      throw new ConflictException({
        title: 'Findes allerede',
        detail: `${email} er allerede inviteret eller bruger her.`,
      });
    }
    await this.auditLog.record({
      entityType: 'membership',
      entityId: id,
      entityLabel: email,
      action: 'invite',
      actor,
      changes: { email, role, ...(organizationId ? { organizationId } : {}) },
    });
    return this.get(tenant, id);
  }

  async changeRole(
    tenant: Tenant,
    id: string,
    input: ChangeRoleDto,
    by: StaffIdentity,
    actor: Actor,
  ): Promise<MembershipView> {
    const before = await this.lock(tenant, id, input.version, by);
    this.checkAssignable(tenant, input.role, by);
    if (before.role === input.role) return before;
    if (before.role === 'association') {
      throw badField(
        'role',
        'En foreningsbruger hører til sin forening og kan ikke få en anden rolle. Invitér personen på ny i stedet.',
      );
    }
    if (before.role === 'tenant_admin') await this.keepOneAdmin(tenant, before);
    await this.memberships.setRole(id, input.role);
    await this.auditLog.record({
      entityType: 'membership',
      entityId: id,
      entityLabel: before.email,
      action: 'change_role',
      actor,
      changes: { role: { from: before.role, to: input.role } },
    });
    return this.get(tenant, id);
  }

  async setActive(
    tenant: Tenant,
    id: string,
    active: boolean,
    version: number,
    by: StaffIdentity,
    actor: Actor,
  ): Promise<MembershipView> {
    const before = await this.lock(tenant, id, version, by);
    if (!before.userId)
      throw new ConflictException({
        title: 'Endnu ikke aktiveret',
        detail: 'Invitationen er ikke taget i brug. Slet den i stedet.',
      });
    const status = active ? 'active' : 'deactivated';
    if (before.status === status) return before;
    if (!active && before.role === 'tenant_admin') await this.keepOneAdmin(tenant, before);
    await this.memberships.setStatus(id, status);
    await this.auditLog.record({
      entityType: 'membership',
      entityId: id,
      entityLabel: before.email,
      action: active ? 'reactivate' : 'deactivate',
      actor,
      changes: { status: { from: before.status, to: status } },
    });
    // A deactivated person's open sessions end now, not at their time-out.
    if (!active) await this.sessions.endSessionsOf(before.userId, tenant.id);
    return this.get(tenant, id);
  }

  /** An invitation nobody has used yet can be withdrawn. */
  async withdrawInvitation(tenant: Tenant, id: string, by: StaffIdentity, actor: Actor): Promise<void> {
    const before = await this.lock(tenant, id, null, by);
    if (before.status !== 'invited') {
      throw new ConflictException({
        title: 'Ikke en invitation',
        detail: 'Brugeren har logget ind; deaktivér i stedet.',
      });
    }
    await this.memberships.delete(id);
    await this.auditLog.record({
      entityType: 'membership',
      entityId: id,
      entityLabel: before.email,
      action: 'withdraw_invitation',
      actor,
      changes: { email: before.email },
    });
  }

  private async get(tenant: Tenant, id: string): Promise<MembershipView> {
    const membership = await this.memberships.find(tenant.id, id);
    if (!membership) throw notFound();
    return membership;
  }

  /** Locks the membership for the change and checks the caller read its latest version. */
  private async lock(
    tenant: Tenant,
    id: string,
    version: number | null,
    by: StaffIdentity,
  ): Promise<MembershipView> {
    if (!(await this.memberships.lock(tenant.id, id))) throw notFound();
    const current = await this.get(tenant, id);
    if (version !== null && current.version !== version) {
      throw new ConflictException({
        title: 'Ændret af en anden',
        detail: 'Brugeren er ændret siden du hentede den.',
        current,
      });
    }
    if (current.role === 'platform_admin' && by.role !== 'platform_admin') {
      throw new ForbiddenException({
        title: 'Ingen adgang',
        detail: 'Kun platformens administratorer kan ændre en platformsadministrator.',
      });
    }
    return current;
  }

  /**
   * Refuses to take away the tenant's last active administrator. All admin rows are locked, so
   * two administrators demoting each other at once cannot both succeed.
   */
  private async keepOneAdmin(tenant: Tenant, leaving: MembershipView): Promise<void> {
    if (leaving.status !== 'active') return;
    if ((await this.memberships.lockActiveAdmins(tenant.id)) <= 1) {
      throw new ConflictException({
        title: 'Sidste administrator',
        detail: `${tenant.name} skal have mindst én aktiv administrator. Gør en anden til administrator først.`,
      });
    }
  }

  /** Tenant administrators grant the tenant's own roles; only platform administrators grant platform_admin. */
  private checkAssignable(tenant: Tenant, role: StaffRole, by: StaffIdentity): void {
    if (role === 'platform_admin' && tenant.slug !== this.options.platformAdminTenant) {
      throw new BadRequestException({
        title: 'Ugyldig rolle',
        detail: 'role: platform_admin kan kun tildeles i platformens egen tenant (PLATFORM_ADMIN_TENANT).',
        errors: [{ field: 'role', message: 'platform_admin kan kun tildeles i platformens egen tenant.' }],
      });
    }
    if (role === 'platform_admin' && by.role !== 'platform_admin') {
      throw new ForbiddenException({
        title: 'Ingen adgang',
        detail: 'Kun platformens administratorer kan tildele rollen platform_admin.',
      });
    }
    if (role === 'regional_coordinator' && tenant.kind !== 'region') {
      throw new BadRequestException({
        title: 'Ugyldig rolle',
        detail: 'role: regional_coordinator findes kun i en region.',
        errors: [{ field: 'role', message: 'regional_coordinator findes kun i en region.' }],
      });
    }
  }
}

const notFound = () => new NotFoundException({ title: 'Ikke fundet', detail: 'Brugeren findes ikke her.' });
