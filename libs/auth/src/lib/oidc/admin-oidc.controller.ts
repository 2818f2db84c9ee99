import { Body, Controller, Get, HttpCode, NotFoundException, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { Actor, CurrentActor } from '../audit/actor';
import { OidcConfigDto } from './oidc-config.dto';
import { OidcConnectionReport, OidcConnectionTest } from './oidc-connection-test';
import { OidcConnectionTestDto } from './oidc-connection-test.dto';
import { OidcConfigView, OidcProviderAdmin, OidcRegistrationView } from './oidc-provider-admin';

/**
 * A tenant administrator's own identity provider (the tenant from the host): read, replace, and
 * "Test forbindelse". The same services as the platform's routes; the HTTP calls of a test run
 * outside any unit of work, so no interceptor wraps these.
 */
@ApiTags('login (tenant admin)')
@Controller('api/v1/admin/oidc')
@Roles('tenant_admin', 'platform_admin')
export class AdminOidcController {
  constructor(
    private readonly oidc: OidcProviderAdmin,
    private readonly connectionTest: OidcConnectionTest,
  ) {}

  @Get()
  @ApiOkResponse({ type: OidcConfigView })
  @ApiProblemResponses(404)
  async get(@CurrentTenant() tenant: Tenant): Promise<OidcConfigView> {
    const config = await this.oidc.get(tenant);
    if (!config)
      throw new NotFoundException({
        title: 'Ikke sat op',
        detail: 'Kommunen har ingen identitetsudbyder endnu.',
      });
    return config;
  }

  /** The redirect and post-logout URIs to register at the IdP. */
  @Get('registration')
  @ApiOkResponse({ type: OidcRegistrationView })
  registration(@CurrentTenant() tenant: Tenant): OidcRegistrationView {
    return this.oidc.registration(tenant);
  }

  @Put()
  @ApiOkResponse({ type: OidcConfigView })
  @ApiProblemResponses(400)
  put(
    @CurrentTenant() tenant: Tenant,
    @Body() input: OidcConfigDto,
    @CurrentActor() actor: Actor,
  ): Promise<OidcConfigView> {
    return this.oidc.put(tenant, input, actor, 'tenant');
  }

  @Post('test')
  @HttpCode(200)
  @ApiOkResponse({ type: OidcConnectionReport })
  @ApiProblemResponses(400, 404)
  test(
    @CurrentTenant() tenant: Tenant,
    @Body() input: OidcConnectionTestDto,
    @CurrentActor() actor: Actor,
  ): Promise<OidcConnectionReport> {
    return this.connectionTest.test(tenant, input, actor);
  }
}
