import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ListOf, Public } from '@socialkompas/http';
import { TenantSummary } from '../http/tenant-view';
import { TENANCY_OPTIONS, TenancyOptions } from '../tenancy.options';
import { PublishedReadPath } from './published-read-path';
import { TenantLink, tenantLink } from './tenant-link';

/** A tenant of the network, where its site is, and the region it belongs to. */
export class NetworkTenantDto extends TenantLink {
  @ApiProperty({
    type: TenantSummary,
    nullable: true,
    description: "A municipality's region; a region's is itself",
  })
  region!: TenantSummary | null;
}

export class NetworkTenantList extends ListOf(NetworkTenantDto) {}

/** "Find din kommune": the active tenants of the network and their addresses, on every host. */
@ApiTags('tenant')
@Controller('api/v1/network/tenants')
@Public()
export class NetworkTenantsController {
  constructor(
    private readonly readPath: PublishedReadPath,
    @Inject(TENANCY_OPTIONS) private readonly options: TenancyOptions,
  ) {}

  @Get()
  @ApiOkResponse({ type: NetworkTenantList })
  async list(): Promise<NetworkTenantList> {
    const network = await this.readPath.network();
    return {
      items: network.map(({ tenant, region }) => ({
        ...tenantLink(tenant, this.options),
        region: region && { slug: region.slug, name: region.name },
      })),
    };
  }
}
