import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, ListOf, Roles, uuidParam } from '@socialkompas/http';
import { CurrentTenant, serviceabilityOf, TENANCY_OPTIONS, TenancyOptions, TenancyService, Tenant, TenantRegistry, TenantSummary } from '@socialkompas/tenancy';
import { OfferListQueryDto } from '../offers/dto/offer-list-query.dto';
import { OfferPage, OfferView } from '../offers/offer-view';
import { OffersService } from '../offers/offers.service';
import { RegionalReadRepository } from './regional-read.repository';

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
    private readonly registry: TenantRegistry,
    private readonly tenancy: TenancyService,
    private readonly offers: OffersService,
    private readonly regionalRead: RegionalReadRepository,
    @Inject(TENANCY_OPTIONS) private readonly options: TenancyOptions,
  ) {}

  @Get()
  @ApiOkResponse({ type: MunicipalityList })
  @ApiProblemResponses(404)
  async list(@CurrentTenant() region: Tenant): Promise<MunicipalityList> {
    const members = await this.registry.membersOf(this.requireRegion(region));
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
    return this.readOnly(await this.member(region, slug), () => this.offers.list(query));
  }

  @Get(':slug/offers/:id')
  @ApiOkResponse({ type: OfferView })
  @ApiProblemResponses(400, 404, 503)
  async offerOf(
    @CurrentTenant() region: Tenant,
    @Param('slug') slug: string,
    @Param('id', uuidParam) id: string,
  ): Promise<OfferView> {
    return this.readOnly(await this.member(region, slug), () => this.offers.getForEditor(id));
  }

  /** The member's unit of work, made read-only in PostgreSQL itself: this path cannot write even by mistake. */
  private readOnly<T>(member: Tenant, work: () => Promise<T>): Promise<T> {
    return this.tenancy.run(member, async () => {
      await this.regionalRead.makeReadOnly();
      return work();
    });
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

  /** A municipality of this region that its own host would serve, or a refusal: the slug can name no other tenant. */
  private async member(region: Tenant, slug: string): Promise<Tenant> {
    const members = await this.registry.membersOf(this.requireRegion(region));
    const member = members.find((tenant) => tenant.slug === slug);
    if (!member) {
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: `${slug} er ikke en kommune i ${region.name}.`,
      });
    }
    const serviceability = serviceabilityOf(member, this.options.migrations);
    if (serviceability === 'suspended') {
      throw new NotFoundException({
        title: 'Lukket',
        detail: `${member.name} har lukket Socialkompas midlertidigt.`,
      });
    }
    if (serviceability === 'migrating') {
      throw new ServiceUnavailableException({
        title: 'Opdatering i gang',
        detail: `${member.name} bliver opdateret. Prøv igen om lidt.`,
      });
    }
    return member;
  }
}
