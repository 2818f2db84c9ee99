import { Body, Controller, Get, NotFoundException, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { TenancyService, Tenant, TenantRegistry } from '@socialkompas/tenancy';
import { CurrentStaff, StaffIdentity } from '../access/staff-request';
import { tenantBySlug } from '../access/tenant-by-slug';
import { Actor, CurrentActor } from '../audit/actor';
import { InviteUserDto } from '../users/membership.dto';
import { MembershipView } from '../users/memberships.service';
import { StaffInvitations } from '../users/staff-invitations';
import { OidcConfigDto } from './oidc-config.dto';
import { OidcConfigView, OidcProviderAdmin } from './oidc-provider-admin';

/** The platform operator's side of staff access: each tenant's IdP, and its first administrators. */
@ApiTags('platform')
@Controller('api/v1/platform/tenants/:slug')
@Roles('platform_admin')
export class PlatformAccessController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly oidc: OidcProviderAdmin,
    private readonly invitations: StaffInvitations,
    private readonly tenancy: TenancyService,
  ) {}

  @Get('oidc')
  @ApiOkResponse({ type: OidcConfigView })
  @ApiProblemResponses(404)
  async getOidc(@Param('slug') slug: string): Promise<OidcConfigView> {
    const config = await this.oidc.get(await this.tenant(slug));
    if (!config)
      throw new NotFoundException({
        title: 'Ikke sat op',
        detail: `${slug} har ingen identitetsudbyder endnu.`,
      });
    return config;
  }

  @Put('oidc')
  @ApiOkResponse({ type: OidcConfigView })
  @ApiProblemResponses(400, 404)
  async putOidc(
    @Param('slug') slug: string,
    @Body() input: OidcConfigDto,
    @CurrentActor() actor: Actor,
  ): Promise<OidcConfigView> {
    return this.oidc.put(await this.tenant(slug), input, actor);
  }

  /** Invites someone to a tenant, typically its first tenant administrator. */
  @Post('invitations')
  @ApiCreatedResponse({ type: MembershipView })
  @ApiProblemResponses(400, 404, 409)
  async invite(
    @Param('slug') slug: string,
    @Body() input: InviteUserDto,
    @CurrentStaff() by: StaffIdentity,
    @CurrentActor() actor: Actor,
  ): Promise<MembershipView> {
    const tenant = await this.tenant(slug);
    return this.tenancy.run(tenant, () => this.invitations.invite(tenant, input, by, actor));
  }

  private tenant(slug: string): Promise<Tenant> {
    return tenantBySlug(this.registry, slug);
  }
}
