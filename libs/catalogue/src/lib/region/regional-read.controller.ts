import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, ListOf, Roles, uuidParam } from '@socialkompas/http';
import { CurrentTenant, Tenant, TenantSummary } from '@socialkompas/tenancy';
import { OfferListQueryDto } from '../offers/dto/offer-list-query.dto';
import { OfferPage, OfferView } from '../offers/offer-view';
import { OffersService } from '../offers/offers.service';
import { RegionalMembers } from './regional-members';

/** The municipalities of a region, by name. */
export class MunicipalityList extends ListOf(TenantSummary) {}

/**
 * The regional read path: on a region's host, its coordinators (and administrators) read the
 * offers of the region's member municipalities in every status, including drafts and offers in
 * review. Read-only by construction: there are only GET routes here, each runs in a read-only
 * transaction, and a region session counts on no municipality's host, where every write route lives.
 */
@ApiTags('region (read-only)')
@Controller('api/v1/region/municipalities')
@Roles('regional_coordinator', 'tenant_admin')
export class RegionalReadController {
  constructor(
    private readonly members: RegionalMembers,
    private readonly offers: OffersService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MunicipalityList })
  @ApiProblemResponses(404)
  async list(@CurrentTenant() region: Tenant): Promise<MunicipalityList> {
    const members = await this.members.membersOf(region);
    return { items: members.map(({ slug, name }) => ({ slug, name })) };
  }

  @Get(':slug/offers')
  @ApiOkResponse({ type: OfferPage })
  @ApiProblemResponses(400, 404, 503)
  async offersOf(
    @CurrentTenant() region: Tenant,
    @Param('slug') slug: string,
    @Query() query: OfferListQueryDto,
  ): Promise<OfferPage> {
    return this.members.readOnly(await this.members.member(region, slug), () => this.offers.list(query));
  }

  @Get(':slug/offers/:id')
  @ApiOkResponse({ type: OfferView })
  @ApiProblemResponses(400, 404, 503)
  async offerOf(
    @CurrentTenant() region: Tenant,
    @Param('slug') slug: string,
    @Param('id', uuidParam) id: string,
  ): Promise<OfferView> {
    return this.members.readOnly(await this.members.member(region, slug), () => this.offers.getForEditor(id));
  }
}
