import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { Tenant, TenantRegistry } from '@socialkompas/tenancy';
import { tenantBySlug } from '../access/tenant-by-slug';
import { Actor, CurrentActor } from '../audit/actor';
import { OidcConnectionReport, OidcConnectionTest } from './oidc-connection-test';
import { OidcConnectionTestDto } from './oidc-connection-test.dto';
import { OidcConfigView, OidcProviderAdmin, OidcRegistrationView } from './oidc-provider-admin';

/** The platform operator's set-up of a tenant's identity provider: test it, or use the demo's IdP. */
@ApiTags('platform')
@Controller('api/v1/platform/tenants/:slug/oidc')
@Roles('platform_admin')
export class PlatformOidcController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly oidc: OidcProviderAdmin,
    private readonly connectionTest: OidcConnectionTest,
  ) {}

  /** The redirect and post-logout URIs to register at the IdP. */
  @Get('registration')
  @ApiOkResponse({ type: OidcRegistrationView })
  @ApiProblemResponses(404)
  async registration(@Param('slug') slug: string): Promise<OidcRegistrationView> {
    return this.oidc.registration(await this.tenant(slug));
  }

  /** "Test forbindelse": the saved configuration, or the unsaved one in the body. */
  @Post('test')
  @HttpCode(200)
  @ApiOkResponse({ type: OidcConnectionReport })
  @ApiProblemResponses(400, 404)
  async test(
    @Param('slug') slug: string,
    @Body() input: OidcConnectionTestDto,
    @CurrentActor() actor: Actor,
  ): Promise<OidcConnectionReport> {
    return this.connectionTest.test(await this.tenant(slug), input, actor);
  }

  /** Demo only: the tenant logs in through the development IdP from now on. 404 where none runs. */
  @Post('development')
  @HttpCode(200)
  @ApiOkResponse({ type: OidcConfigView })
  @ApiProblemResponses(404)
  async useDevelopmentIdp(
    @Param('slug') slug: string,
    @CurrentActor() actor: Actor,
  ): Promise<OidcConfigView> {
    return this.oidc.useDevelopmentIdp(await this.tenant(slug), actor);
  }

  private tenant(slug: string): Promise<Tenant> {
    return tenantBySlug(this.registry, slug);
  }
}
