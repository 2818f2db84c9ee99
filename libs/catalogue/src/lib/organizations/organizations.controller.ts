import { Body, Controller, Get, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import {
  ApiProblemResponses,
  EDITORIAL_ROLES,
  Public,
  Roles,
  uuidParam,
  VersionDto,
} from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { lifecycleActionParam } from '../core/lifecycle/lifecycle-action.param';
import { LifecycleAction, LIFECYCLE_ACTIONS } from '../core/lifecycle/lifecycle';
import { OrganizationFieldsDto } from './dto/organization-fields.dto';
import { OrganizationListQueryDto, OrganizationQueryDto } from './dto/organization-query.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { Organization } from './organization.entity';
import { OrganizationPage, PublicOrganization, PublicOrganizationPage } from './organization-view';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('organizations')
  @Public()
  @ApiOkResponse({ type: PublicOrganizationPage })
  @ApiProblemResponses(400)
  list(@Query() query: OrganizationQueryDto): Promise<PublicOrganizationPage> {
    return this.organizations.listPublic(query);
  }

  @Get('organizations/:id')
  @Public()
  @ApiOkResponse({ type: PublicOrganization })
  @ApiProblemResponses(400, 404)
  get(@Param('id', uuidParam) id: string): Promise<PublicOrganization> {
    return this.organizations.getPublic(id);
  }

  @Get('admin/organizations')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: OrganizationPage })
  @ApiProblemResponses(400)
  listForEditors(@Query() query: OrganizationListQueryDto): Promise<OrganizationPage> {
    return this.organizations.listForEditors(query);
  }

  @Get('admin/organizations/:id')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: Organization })
  @ApiProblemResponses(400, 404)
  getForEditors(@Param('id', uuidParam) id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  @Post('organizations')
  @Roles(...EDITORIAL_ROLES)
  @ApiCreatedResponse({ type: Organization })
  @ApiProblemResponses(400)
  create(@Body() fields: OrganizationFieldsDto, @CurrentActor() actor: Actor): Promise<Organization> {
    return this.organizations.create(fields, actor);
  }

  @Patch('organizations/:id')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: Organization })
  @ApiProblemResponses(400, 404, 409)
  update(
    @Param('id', uuidParam) id: string,
    @Body() changes: UpdateOrganizationDto,
    @CurrentActor() actor: Actor,
  ): Promise<Organization> {
    return this.organizations.update(id, changes, actor);
  }

  @Post('organizations/:id/:action')
  @ApiParam({ name: 'action', enum: LIFECYCLE_ACTIONS })
  @Roles(...EDITORIAL_ROLES)
  @ApiCreatedResponse({ type: Organization })
  @ApiProblemResponses(400, 404, 409)
  transition(
    @Param('id', uuidParam) id: string,
    @Param('action', lifecycleActionParam) action: LifecycleAction,
    @Body() { version }: VersionDto,
    @CurrentActor() actor: Actor,
  ): Promise<Organization> {
    return this.organizations.transition(id, action, version, actor);
  }
}
