import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@socialkompas/auth';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { OrganizationFieldsDto } from './dto/organization-fields.dto';
import { OrganizationQueryDto } from './dto/organization-query.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { OrganizationsService } from './organizations.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({
      title: 'Ugyldigt id',
      errors: [{ field: 'id', message: 'id skal være et UUID, fx 3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70.' }],
    }),
});

@ApiTags('organizations')
@Controller('api/v1/organizations')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  list(@Query() query: OrganizationQueryDto) {
    return this.organizations
      .list(query)
      .then(({ items, total }) => ({ items, total, page: query.page, size: query.size }));
  }

  @Get(':id')
  get(@Param('id', uuid) id: string) {
    return this.organizations.get(id);
  }

  @Post()
  @Roles('editor', 'tenant_admin')
  create(@Body() fields: OrganizationFieldsDto) {
    return this.organizations.create(fields);
  }

  @Patch(':id')
  @Roles('editor', 'tenant_admin')
  update(@Param('id', uuid) id: string, @Body() changes: UpdateOrganizationDto) {
    return this.organizations.update(id, changes);
  }
}
