import { ApiProperty, PickType } from '@nestjs/swagger';
import { Tenant, TENANT_STATUSES, TenantStatus } from '../registry/tenant.entity';
import { PublicTenantDto } from './public-tenant.dto';

/** A tenant as the platform operator sees it: its whole registry row. */
export class TenantView
  extends PickType(PublicTenantDto, ['slug', 'name', 'kind', 'theme'] as const)
  implements Tenant
{
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: TENANT_STATUSES })
  status!: TenantStatus;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The tenant's own settings" })
  settings!: Record<string, unknown>;

  @ApiProperty({ type: 'integer', description: 'How many tenant migrations its schema has had' })
  schemaVersion!: number;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;
}

/** Which tenant, by its slug and name. */
export class TenantSummary extends PickType(PublicTenantDto, ['slug', 'name'] as const) {}
