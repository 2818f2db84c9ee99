import { ApiProperty } from '@nestjs/swagger';
import { Tenant, TENANT_KINDS, TenantKind, TenantTheme } from '../registry/tenant.entity';

export class TenantThemeDto implements TenantTheme {
  @ApiProperty({ required: false, example: '#003d73' })
  primaryColor?: string;

  @ApiProperty({ required: false, example: '#ffffff' })
  primaryTextColor?: string;

  @ApiProperty({ required: false })
  logoUrl?: string;
}

/** What anyone may know about the tenant a host belongs to. */
export class PublicTenantDto {
  @ApiProperty({ example: 'aarhus' })
  slug!: string;

  @ApiProperty({ example: 'Aarhus Kommune' })
  name!: string;

  @ApiProperty({ enum: TENANT_KINDS })
  kind!: TenantKind;

  @ApiProperty({ type: TenantThemeDto })
  theme!: TenantThemeDto;

  static from(tenant: Tenant): PublicTenantDto {
    return { slug: tenant.slug, name: tenant.name, kind: tenant.kind, theme: tenant.theme };
  }
}
