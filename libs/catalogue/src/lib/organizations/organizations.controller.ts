import { Body, Controller, Get, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, EDITORIAL_ROLES, Roles } from '@socialkompas/auth';
import { Public, TenantUnitOfWorkInterceptor, uuidParam, VersionDto } from '@socialkompas/tenancy';
import { lifecycleActionParam } from '../http/params';
import { LifecycleAction } from '../lifecycle/lifecycle';
import { OrganizationFieldsDto } from './dto/organization-fields.dto';
import { OrganizationListQueryDto, OrganizationQueryDto } from './dto/organization-query.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('organizations')
  @Public()
  list(@Query() query: OrganizationQueryDto) {
    return this.page(query, 'public');
  }

  @Get('organizations/:id')
  @Public()
  get(@Param('id', uuidParam) id: string) {
    return this.organizations.get(id, 'public');
  }

  @Get('admin/organizations')
  @Roles(...EDITORIAL_ROLES)
  listForEditors(@Query() query: OrganizationListQueryDto) {
    return this.page(query, 'editor');
  }

  @Get('admin/organizations/:id')
  @Roles(...EDITORIAL_ROLES)
  getForEditors(@Param('id', uuidParam) id: string) {
    return this.organizations.get(id, 'editor');
  }

  @Post('organizations')
  @Roles(...EDITORIAL_ROLES)
  create(@Body() fields: OrganizationFieldsDto, @CurrentActor() actor: Actor) {
    return this.organizations.create(fields, actor);
  }

  @Patch('organizations/:id')
  @Roles(...EDITORIAL_ROLES)
  update(
    @Param('id', uuidParam) id: string,
    @Body() changes: UpdateOrganizationDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.organizations.update(id, changes, actor);
  }

  @Post('organizations/:id/:action')
  @Roles(...EDITORIAL_ROLES)
  transition(
    @Param('id', uuidParam) id: string,
    @Param('action', lifecycleActionParam) action: LifecycleAction,
    @Body() { version }: VersionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.organizations.transition(id, action, version, actor);
  }

  private async page(query: OrganizationListQueryDto, audience: 'public' | 'editor') {
    const { items, total } = await this.organizations.list(query, audience);
    return { items, total, page: query.page, size: query.size };
  }
}
