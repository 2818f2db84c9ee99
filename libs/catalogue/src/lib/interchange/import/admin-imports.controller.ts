import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UploadedFiles } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles, uuidParam } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { ImportMappingDto } from './dto/import-mapping.dto';
import { ImportRowsQueryDto } from './dto/import-rows-query.dto';
import { ImportUpload, MultipartFile, uploadedFiles } from './import-upload';
import { ImportList, ImportRowPage, ImportView } from './import-view';
import { ImportsService } from './imports.service';

/** A tenant administrator's catalogue imports, for the tenant of the host. */
@ApiTags('catalogue import (tenant admin)')
@Controller('api/v1/admin/imports')
@Roles('tenant_admin', 'platform_admin')
export class AdminImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @ImportUpload()
  @ApiCreatedResponse({
    type: ImportView,
    description: 'The import, its dry run started (or waiting for a column mapping)',
  })
  @ApiProblemResponses(400)
  create(
    @CurrentTenant() tenant: Tenant,
    @UploadedFiles() files: MultipartFile[] | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ImportView> {
    return this.imports.create(tenant, uploadedFiles(files), actor);
  }

  @Get()
  @ApiOkResponse({ type: ImportList })
  list(@CurrentTenant() tenant: Tenant): Promise<ImportList> {
    return this.imports.list(tenant);
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportView })
  @ApiProblemResponses(400, 404)
  get(@CurrentTenant() tenant: Tenant, @Param('id', uuidParam) id: string): Promise<ImportView> {
    return this.imports.get(tenant, id);
  }

  @Get(':id/rows')
  @ApiOkResponse({ type: ImportRowPage })
  @ApiProblemResponses(400, 404)
  rows(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Query() query: ImportRowsQueryDto,
  ): Promise<ImportRowPage> {
    return this.imports.rows(tenant, id, query);
  }

  @Put(':id/mapping')
  @ApiOkResponse({ type: ImportView, description: 'The mapping saved and the dry run started again' })
  @ApiProblemResponses(400, 404, 409)
  setMapping(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() mapping: ImportMappingDto,
    @CurrentActor() actor: Actor,
  ): Promise<ImportView> {
    return this.imports.setMapping(tenant, id, mapping, actor);
  }

  @Post(':id/apply')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ImportView,
    description: 'Applying started; poll the import for its progress',
  })
  @ApiProblemResponses(404, 409)
  apply(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ImportView> {
    return this.imports.apply(tenant, id, actor);
  }
}
