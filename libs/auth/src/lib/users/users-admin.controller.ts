import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Roles, uuidParam, VersionDto } from '@socialkompas/http';
import { CurrentTenant, Tenant, TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { CurrentStaff, StaffIdentity } from '../access/staff-request';
import { Actor, CurrentActor } from '../audit/actor';
import { ChangeRoleDto, InviteUserDto, MembershipListQueryDto } from './membership.dto';
import { MembershipPage, MembershipsService, MembershipView } from './memberships.service';
import { StaffInvitations } from './staff-invitations';

/** A tenant administrator's users: invite, change role, deactivate and reactivate. */
@ApiTags('users (tenant admin)')
@Controller('api/v1/admin/users')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles('tenant_admin', 'platform_admin')
export class UsersAdminController {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly invitations: StaffInvitations,
  ) {}

  @Get()
  @ApiOkResponse({ type: MembershipPage })
  @ApiProblemResponses(400)
  list(@CurrentTenant() tenant: Tenant, @Query() query: MembershipListQueryDto): Promise<MembershipPage> {
    return this.memberships.list(tenant, query);
  }

  @Post()
  @ApiCreatedResponse({ type: MembershipView })
  @ApiProblemResponses(400, 409)
  invite(
    @CurrentTenant() tenant: Tenant,
    @Body() input: InviteUserDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ): Promise<MembershipView> {
    return this.invitations.invite(tenant, input, by, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: MembershipView })
  @ApiProblemResponses(400, 404, 409)
  changeRole(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() input: ChangeRoleDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ): Promise<MembershipView> {
    return this.memberships.changeRole(tenant, id, input, by, actor);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipView })
  @ApiProblemResponses(400, 404, 409)
  deactivate(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() { version }: VersionDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ): Promise<MembershipView> {
    return this.memberships.setActive(tenant, id, false, version, by, actor);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipView })
  @ApiProblemResponses(400, 404, 409)
  reactivate(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() { version }: VersionDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ): Promise<MembershipView> {
    return this.memberships.setActive(tenant, id, true, version, by, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The invitation is withdrawn.' })
  @ApiProblemResponses(400, 404, 409)
  withdraw(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.memberships.withdrawInvitation(tenant, id, by, actor);
  }
}
