import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  NetworkTenant,
  PublishedReadPath,
  SearchScope,
  TENANCY_OPTIONS,
  TenancyOptions,
  TenancyService,
  Tenant,
  TenantLink,
  tenantLink,
} from '@socialkompas/tenancy';
import { PublicOfferView } from '../../offers/offer-view';
import { OffersService } from '../../offers/offers.service';
import { SearchSnapshots } from '../query/search-snapshots';
import { HostHiddenOffers } from './host-hidden-offers';
import { ScopeGenerations } from './scope-generations';
import { offerNotFound } from '../../offers/offer-not-found';

/** A published offer's page on any host that reaches it, and whose offer it is. */
export class ScopeOfferView extends PublicOfferView {
  @ApiProperty({ type: TenantLink, description: 'The tenant that publishes the offer' })
  tenant!: TenantLink;

  @ApiProperty({ description: 'An offer of the national tenant: shown as "Landsdækkende"' })
  national!: boolean;
}

/**
 * Opens a published offer from any host whose scope reaches it (its own, a region's members, the
 * national offers, nearby municipalities when the host has them on); a national offer the host
 * municipality hides is not found there.
 */
@Injectable()
export class ScopeOffers {
  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly tenancy: TenancyService,
    private readonly snapshots: SearchSnapshots,
    private readonly offers: OffersService,
    private readonly generations: ScopeGenerations,
    private readonly hiddenOffers: HostHiddenOffers,
    @Inject(TENANCY_OPTIONS) private readonly tenancyOptions: TenancyOptions,
  ) {}

  async find(host: Tenant, id: string): Promise<ScopeOfferView> {
    // Every member a place search could reach: the page of a nearby offer opens too.
    const scope = await this.readPath.scopeOf(host, { placeSearch: true });
    if (!scope || scope.members.length === 1) {
      // The host's own offer, in its own unit of work (the network may not know a host made a moment ago).
      return this.tenancy.run(host, async () => this.viewOf(host, await this.offers.getPublished(id)));
    }
    const generations = await this.generations.of(scope);
    const owner = await this.ownerOf(scope.members, generations, id);
    if (!owner) throw offerNotFound();
    if (owner.tenant.kind === 'national' && (await this.hiddenOffers.of(scope, generations[0])).has(id)) {
      throw offerNotFound();
    }
    return this.view(owner, id);
  }

  private async view(owner: NetworkTenant, id: string): Promise<ScopeOfferView> {
    return this.viewOf(
      owner.tenant,
      await this.readPath.read(owner.tenant, () => this.offers.getPublished(id)),
    );
  }

  private viewOf(owner: Tenant, offer: PublicOfferView): ScopeOfferView {
    return { ...offer, tenant: tenantLink(owner, this.tenancyOptions), national: owner.kind === 'national' };
  }

  /**
   * The member that publishes the offer: one whose snapshot at its current generation (as the
   * scope's generations statement read it) has it, else found by one statement over every member.
   */
  private async ownerOf(
    members: SearchScope['members'],
    generations: string[],
    id: string,
  ): Promise<NetworkTenant | undefined> {
    const inMemory = members.find(({ tenant }, index) =>
      this.snapshots.atGeneration(tenant.id, generations[index])?.offerOrdinalById.has(id),
    );
    if (inMemory) return inMemory;
    const [row] = await this.readPath.unionAll<{ id: string }>(
      members.map((member) => member.tenant),
      (schema) =>
        `SELECT o.id FROM ${schema}.offers o JOIN ${schema}.organizations g ON g.id = o.organization_id
         WHERE o.id = $1 AND o.status = 'published' AND g.status = 'published'`,
      [id],
    );
    return row && members[row.member];
  }
}
