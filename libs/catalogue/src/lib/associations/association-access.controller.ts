import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Actor, AssociationMemberships, CurrentActor, MembershipView } from '@socialkompas/auth';
import { ApiProblemResponses, EDITORIAL_ROLES, Public, Roles, uuidParam } from '@socialkompas/http';
import { CurrentTenant, Tenant, TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { HOUR_MS, perTenantAndClient } from '../core/public-rate-limit';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import {
  AccessRequestDto,
  AccessRequestPage,
  AccessRequestReceived,
  AccessRequestView,
  InviteAssociationMemberDto,
  RejectDto,
  ReviewQueryDto,
} from './association-work.dto';
import { AccessRequestsService } from './access-requests.service';

const REQUESTS_PER_HOUR = 5;

const RECEIVED: AccessRequestReceived = {
  message:
    'Tak! Redaktionen ser på anmodningen. Bliver den godkendt, får du en e-mail med et link til at logge ind.',
};

/** Who may act for an association: editors invite its people or decide their requests for access. */
@ApiTags('association access')
@Controller('api/v1')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class AssociationAccessController {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly memberships: AssociationMemberships,
    private readonly requests: AccessRequestsService,
  ) {}

  @Get('admin/organizations/:id/members')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: [MembershipView] })
  @ApiProblemResponses(400, 404)
  async members(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
  ): Promise<MembershipView[]> {
    await this.organization(id);
    return this.memberships.members(tenant, id);
  }

  /** Invites someone to act for the association: they get a mail with their first login link. */
  @Post('admin/organizations/:id/members')
  @Roles(...EDITORIAL_ROLES)
  @ApiCreatedResponse({ type: MembershipView })
  @ApiProblemResponses(400, 404, 409)
  async invite(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @Body() { email }: InviteAssociationMemberDto,
    @CurrentActor() actor: Actor,
  ): Promise<MembershipView> {
    const organization = await this.organization(id);
    return this.memberships.invite(tenant, organization, email, actor);
  }

  /** From the association's public page: public, and limited per tenant and client address. */
  @Post('association-access-requests')
  @Public()
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: REQUESTS_PER_HOUR, ttl: HOUR_MS, getTracker: perTenantAndClient } })
  @ApiAcceptedResponse({ type: AccessRequestReceived })
  @ApiTooManyRequestsResponse({ description: `More than ${REQUESTS_PER_HOUR} an hour from one address.` })
  @ApiProblemResponses(400, 404)
  async requestAccess(
    @Body() input: AccessRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessRequestReceived> {
    await this.requests.request(input, actor);
    return RECEIVED;
  }

  @Get('admin/association-access-requests')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: AccessRequestPage })
  @ApiProblemResponses(400)
  list(@Query() query: ReviewQueryDto): Promise<AccessRequestPage> {
    return this.requests.list(query);
  }

  /** Invites the person who asked, with the invitation mail. */
  @Post('admin/association-access-requests/:id/approve')
  @Roles(...EDITORIAL_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AccessRequestView })
  @ApiProblemResponses(400, 404, 409)
  approve(
    @CurrentTenant() tenant: Tenant,
    @Param('id', uuidParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AccessRequestView> {
    return this.requests.approve(tenant, id, actor);
  }

  @Post('admin/association-access-requests/:id/reject')
  @Roles(...EDITORIAL_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AccessRequestView })
  @ApiProblemResponses(400, 404, 409)
  reject(
    @Param('id', uuidParam) id: string,
    @Body() { reason }: RejectDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessRequestView> {
    return this.requests.reject(id, reason, actor);
  }

  private async organization(id: string) {
    const organization = await this.organizations.findById(id, ['draft', 'in_review', 'published']);
    if (!organization)
      throw new NotFoundException({ title: 'Ikke fundet', detail: 'Foreningen findes ikke her.' });
    return organization;
  }
}
