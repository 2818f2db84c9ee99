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
import { ApiTags } from '@nestjs/swagger';
import {
  CurrentTenant,
  Tenant,
  TenantUnitOfWorkInterceptor,
  uuidParam,
  VersionDto,
} from '@socialkompas/tenancy';
import { Roles } from '../access/roles';
import { CurrentStaff, StaffIdentity } from '../access/staff-request';
import { Actor, CurrentActor } from '../audit/actor';
import { ChangeRoleDto, InviteUserDto, MembershipListQueryDto } from './membership.dto';
import { MembershipsService } from './memberships.service';

/** A tenant administrator's users: invite, change role, deactivate and reactivate. */
@ApiTags('users (tenant admin)')
@Controller('api/v1/admin/users')
@UseInterceptors(TenantUnitOfWorkInterceptor)
@Roles('tenant_admin', 'platform_admin')
export class UsersAdminController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  list(@CurrentTenant() tenant: Tenant, @Query() query: MembershipListQueryDto) {
    return this.memberships.list(tenant, query);
  }

  @Post()
  invite(
    @CurrentTenant() tenant: Tenant,
    @Body() input: InviteUserDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ) {
    return this.memberships.invite(tenant, input, by, actor);
  }

  @Patch(':id')
  changeRole(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() input: ChangeRoleDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ) {
    return this.memberships.changeRole(tenant, id, input, by, actor);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() { version }: VersionDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ) {
    return this.memberships.setActive(tenant, id, false, version, by, actor);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() { version }: VersionDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ) {
    return this.memberships.setActive(tenant, id, true, version, by, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  withdraw(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ) {
    return this.memberships.withdrawInvitation(tenant, id, by, actor);
  }
}
