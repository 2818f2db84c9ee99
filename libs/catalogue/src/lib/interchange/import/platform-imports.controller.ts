import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UploadedFiles } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles, uuidParam } from '@socialkompas/http';
import { Tenant, TenantNotFoundError, TenantRegistry } from '@socialkompas/tenancy';
import { ImportMappingDto } from './dto/import-mapping.dto';
import { ImportRowsQueryDto } from './dto/import-rows-query.dto';
import { ImportUpload, MultipartFile, uploadedFiles } from './import-upload';
import { ImportList, ImportRowPage, ImportView } from './import-view';
import { ImportsService } from './imports.service';

/** The platform operator's catalogue imports for a chosen tenant (onboarding), through the same service. */
@ApiTags('catalogue import (platform)')
@Controller('api/v1/platform/tenants/:slug/imports')
@Roles('platform_admin')
export class PlatformImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly registry: TenantRegistry,
  ) {}

  private async tenant(slug: string): Promise<Tenant> {
    const tenant = await this.registry.findBySlug(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    return tenant;
  }

  @Post()
  @ImportUpload()
  @ApiCreatedResponse({
    type: ImportView,
    description: 'The import, its dry run started (or waiting for a column mapping)',
  })
  @ApiProblemResponses(400, 404)
  async create(
    @Param('slug') slug: string,
    @UploadedFiles() files: MultipartFile[] | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ImportView> {
    return this.imports.create(await this.tenant(slug), uploadedFiles(files), actor);
  }

  @Get()
  @ApiOkResponse({ type: ImportList })
  @ApiProblemResponses(404)
  async list(@Param('slug') slug: string): Promise<ImportList> {
    return this.imports.list(await this.tenant(slug));
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportView })
  @ApiProblemResponses(400, 404)
  async get(@Param('slug') slug: string, @Param('id', uuidParam) id: string): Promise<ImportView> {
    return this.imports.get(await this.tenant(slug), id);
  }

  @Get(':id/rows')
  @ApiOkResponse({ type: ImportRowPage })
  @ApiProblemResponses(400, 404)
  async rows(
    @Param('slug') slug: string,
    @Param('id', uuidParam) id: string,
    @Query() query: ImportRowsQueryDto,
  ): Promise<ImportRowPage> {
    return this.imports.rows(await this.tenant(slug), id, query);
  }

  @Put(':id/mapping')
  @ApiOkResponse({ type: ImportView, description: 'The mapping saved and the dry run started again' })
  @ApiProblemResponses(400, 404, 409)
  async setMapping(
    @Param('slug') slug: string,
    @Param('id', uuidParam) id: string,
    @Body() mapping: ImportMappingDto,
    @CurrentActor() actor: Actor,
  ): Promise<ImportView> {
    return this.imports.setMapping(await this.tenant(slug), id, mapping, actor);
  }

  @Post(':id/apply')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ImportView,
    description: 'Applying started; poll the import for its progress',
  })
  @ApiProblemResponses(404, 409)
  async apply(
    @Param('slug') slug: string,
    @Param('id', uuidParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ImportView> {
    return this.imports.apply(await this.tenant(slug), id, actor);
  }
}
