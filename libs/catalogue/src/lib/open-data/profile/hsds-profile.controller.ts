import { Controller, Get, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public } from '@socialkompas/http';
import type { Request } from 'express';
import { DANISH_PROFILE_INFO, danishProfile } from './danish-profile';
import { DANISH_PROFILE_PATCHES } from './patches/danish-profile-patches';
import type { CompiledSchemaName } from './hsds-schema-compiler';
import type { JsonObject } from './json-merge-patch';

/** The address the consumer asked on, so every link points back to the same host. */
function hsdsBase(request: Request): string {
  return `${request.protocol}://${request.headers.host}/hsds`;
}

function found(document: JsonObject | undefined, what: string, file: string): JsonObject {
  if (document) return document;
  throw new NotFoundException({
    title: 'Filen findes ikke',
    detail: `Den danske HSDS-profil har ingen ${what} ved navn "${file}". Se listen på /hsds/profile/.`,
  });
}

/**
 * The Danish profile as the HSDS profile mechanism publishes it: the patch files under
 * `/hsds/profile/`, the schemas they give under `/hsds/schema/` (the profiled tables, and compiled
 * under `compiled/`), and the profiled API specification at `/hsds/openapi.json`. The same on
 * every host: the profile holds no tenant data.
 */
@ApiTags('hsds')
@Controller('hsds')
@Public()
export class HsdsProfileController {
  @Get('profile')
  @ApiOperation({ summary: 'The Danish HSDS profile: its name, version and files' })
  @ApiOkResponse({ schema: { type: 'object' } })
  index(@Req() request: Request): JsonObject {
    const base = hsdsBase(request);
    return {
      ...DANISH_PROFILE_INFO,
      url: `${base}/profile/`,
      openapi_url: `${base}/openapi.json`,
      documentation: 'docs/open-data.md in the Socialkompas repository',
      files: [...DANISH_PROFILE_PATCHES.keys()].map((file) => ({
        name: file,
        modifies: file === 'openapi.json' ? 'openapi.json' : `schema/${file}`,
        url: `${base}/profile/${file}`,
      })),
      schemas: [
        ...[...danishProfile().tables.keys()].map((file) => `${base}/schema/${file}`),
        ...[...danishProfile().compiled.keys()].map((file) => `${base}/schema/compiled/${file}`),
      ],
    };
  }

  @Get('profile/:file')
  @ApiOperation({ summary: "One of the profile's JSON Merge Patch files (RFC 7386), e.g. service.json" })
  @ApiOkResponse({ schema: { type: 'object' } })
  @ApiProblemResponses(404)
  patch(@Param('file') file: string): JsonObject {
    return found(DANISH_PROFILE_PATCHES.get(file), 'ændringsfil', file);
  }

  @Get('schema/compiled/:file')
  @ApiOperation({ summary: 'A compiled HSDS response schema under the profile, e.g. service.json' })
  @ApiOkResponse({ schema: { type: 'object' } })
  @ApiProblemResponses(404)
  compiledSchema(@Param('file') file: string): JsonObject {
    return found(danishProfile().compiled.get(file as CompiledSchemaName), 'samlet skema', file);
  }

  @Get('schema/:file')
  @ApiOperation({ summary: 'An HSDS table schema under the profile, e.g. taxonomy.json' })
  @ApiOkResponse({ schema: { type: 'object' } })
  @ApiProblemResponses(404)
  tableSchema(@Param('file') file: string): JsonObject {
    return found(danishProfile().tables.get(file), 'skema', file);
  }

  @Get('openapi.json')
  @ApiOperation({ summary: 'The HSDS API specification under the Danish profile (OpenAPI 3.1)' })
  @ApiOkResponse({ schema: { type: 'object' } })
  openapi(): JsonObject {
    return danishProfile().openapi;
  }
}
