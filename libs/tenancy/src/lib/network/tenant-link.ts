import { ApiProperty, PickType } from '@nestjs/swagger';
import { PublicTenantDto } from '../http/public-tenant.dto';
import type { Tenant } from '../registry/tenant.entity';
import type { TenancyOptions } from '../tenancy.options';

/** A tenant as another tenant's page names it: who, and where its own site is. */
export class TenantLink extends PickType(PublicTenantDto, ['slug', 'name', 'kind'] as const) {
  @ApiProperty({ example: 'http://aarhus.localhost:3000', description: "The tenant's public site" })
  url!: string;
}

export function tenantLink(
  tenant: Pick<Tenant, 'slug' | 'name' | 'kind'>,
  options: Pick<TenancyOptions, 'publicUrlOf'>,
): TenantLink {
  return { slug: tenant.slug, name: tenant.name, kind: tenant.kind, url: options.publicUrlOf(tenant) };
}
