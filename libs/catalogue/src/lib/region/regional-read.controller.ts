import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@socialkompas/auth';
import { CurrentTenant, TenancyService, Tenant, TenantRegistry, uuidParam } from '@socialkompas/tenancy';
import { OfferListQueryDto } from '../offers/dto/offer-list-query.dto';
import { OffersService } from '../offers/offers.service';

/**
 * The regional read path: on a region's host, its coordinators (and administrators) read the
 * offers of the region's member municipalities in every status, including drafts and offers in
 * review. Read-only by construction: there are only GET routes here, and a region session counts
 * on no municipality's host, where every write route lives.
 */
@ApiTags('region (read-only)')
@Controller('api/v1/region/municipalities')
@Roles('regional_coordinator', 'tenant_admin')
export class RegionalReadController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly tenancy: TenancyService,
    private readonly offers: OffersService,
  ) {}

  @Get()
  async list(@CurrentTenant() region: Tenant) {
    const members = await this.registry.membersOf(this.requireRegion(region));
    return { items: members.map(({ slug, name }) => ({ slug, name })) };
  }

  @Get(':slug/offers')
  async offersOf(
    @CurrentTenant() region: Tenant,
    @Param('slug') slug: string,
    @Query() query: OfferListQueryDto,
  ) {
    return this.tenancy.run(await this.member(region, slug), () => this.offers.list(query));
  }

  @Get(':slug/offers/:id')
  async offerOf(
    @CurrentTenant() region: Tenant,
    @Param('slug') slug: string,
    @Param('id', uuidParam) id: string,
  ) {
    return this.tenancy.run(await this.member(region, slug), () => this.offers.getForEditor(id));
  }

  private requireRegion(tenant: Tenant): Tenant {
    if (tenant.kind !== 'region') {
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: 'Regionale opslag findes kun på en regions adresse.',
      });
    }
    return tenant;
  }

  /** A municipality of this region, or 404: the slug can name no other tenant. */
  private async member(region: Tenant, slug: string): Promise<Tenant> {
    const member = (await this.registry.membersOf(this.requireRegion(region))).find(
      (tenant) => tenant.slug === slug,
    );
    if (!member)
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: `${slug} er ikke en kommune i ${region.name}.`,
      });
    return member;
  }
}
