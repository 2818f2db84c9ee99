import { Readable } from 'node:stream';
import { Controller, Get, Logger, Param, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, uuidParam } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import type { Request, Response } from 'express';
import {
  HsdsListQueryDto,
  HsdsOrganizationQueryDto,
  HsdsOrganizationsQueryDto,
  HsdsServiceAtLocationsQueryDto,
  HsdsServicesQueryDto,
  HsdsTaxonomyTermsQueryDto,
} from './dto/hsds-query.dto';
import { HsdsApi, HsdsListAnswer } from './hsds-api.service';
import type { HsdsPage } from './hsds-page';
import type { HsdsObject } from './hsds-record-reader';

/** The HSDS version this API follows. */
export const HSDS_VERSION = '3.0';

/** One JSON object per line, a batch of lines per chunk: the client reads while we read on. */
async function* ndjsonLines(batches: AsyncIterable<HsdsObject[]>): AsyncGenerator<string> {
  for await (const batch of batches) yield batch.map((record) => `${JSON.stringify(record)}\n`).join('');
}

const logger = new Logger('HsdsController');

function answer(list: HsdsListAnswer): HsdsPage<HsdsObject> | StreamableFile {
  if (list.kind === 'page') return list.page;
  // One batch waits at most: the next is read when the client has taken this one.
  const lines = Readable.from(ndjsonLines(list.batches), { objectMode: true, highWaterMark: 1 });
  const file = new StreamableFile(lines, { type: 'application/x-ndjson' });
  file.setErrorHandler((error, handlerResponse) => {
    logger.error(error);
    const response = handlerResponse as unknown as Response;
    // Before the first line a problem can still be answered; after it, a cut connection says the list is incomplete.
    if (response.headersSent) response.destroy();
    else
      response
        .status(500)
        .type('application/problem+json')
        .json({ type: 'about:blank', title: 'Der opstod en fejl hos os', status: 500 });
  });
  return file;
}

/**
 * The Open Referral HSDS 3.0 read API of a host: public, read-only, every answer open to any origin
 * (allowAnyOrigin). Documented by the specification's own openapi.json at /hsds/openapi.json.
 */
@ApiExcludeController()
@Controller('hsds')
@Public()
export class HsdsController {
  constructor(private readonly api: HsdsApi) {}

  @Get()
  root(@Req() request: Request) {
    const origin = `${request.protocol}://${request.get('host')}`;
    return {
      version: HSDS_VERSION,
      profile: `${origin}/hsds/profile/`,
      openapi_url: `${origin}/hsds/openapi.json`,
    };
  }

  @Get('services')
  async services(@CurrentTenant() host: Tenant, @Query() query: HsdsServicesQueryDto) {
    return answer(await this.api.services(host, query));
  }

  @Get('services/:id')
  service(@CurrentTenant() host: Tenant, @Param('id', uuidParam) id: string) {
    return this.api.service(host, id);
  }

  @Get('service_at_locations')
  async serviceAtLocations(@CurrentTenant() host: Tenant, @Query() query: HsdsServiceAtLocationsQueryDto) {
    return answer(await this.api.serviceAtLocations(host, query));
  }

  @Get('service_at_locations/:id')
  serviceAtLocation(@CurrentTenant() host: Tenant, @Param('id', uuidParam) id: string) {
    return this.api.serviceAtLocation(host, id);
  }

  @Get('organizations')
  async organizations(@CurrentTenant() host: Tenant, @Query() query: HsdsOrganizationsQueryDto) {
    return answer(await this.api.organizations(host, query));
  }

  @Get('organizations/:id')
  organization(
    @CurrentTenant() host: Tenant,
    @Param('id', uuidParam) id: string,
    @Query() query: HsdsOrganizationQueryDto,
  ) {
    return this.api.organization(host, id, query.full_service === true);
  }

  @Get('taxonomies')
  async taxonomies(@CurrentTenant() host: Tenant, @Query() query: HsdsListQueryDto) {
    return answer(await this.api.taxonomies(host, query));
  }

  @Get('taxonomies/:id')
  taxonomy(@CurrentTenant() host: Tenant, @Param('id', uuidParam) id: string) {
    return this.api.taxonomy(host, id);
  }

  @Get('taxonomy_terms')
  async taxonomyTerms(@CurrentTenant() host: Tenant, @Query() query: HsdsTaxonomyTermsQueryDto) {
    return answer(await this.api.taxonomyTerms(host, query));
  }

  @Get('taxonomy_terms/:id')
  taxonomyTerm(@CurrentTenant() host: Tenant, @Param('id', uuidParam) id: string) {
    return this.api.taxonomyTerm(host, id);
  }
}
