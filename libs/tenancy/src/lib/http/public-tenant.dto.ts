import { ApiProperty } from '@nestjs/swagger';
import { Tenant, TENANT_KINDS, TenantKind, TenantTheme } from '../registry/tenant.entity';
import { accessibilityStatementAddress } from '../registry/tenant-accessibility-statement';
import { TenantPublicContact, tenantPublicContact } from '../registry/tenant-public-contact';

export class TenantThemeDto implements TenantTheme {
  @ApiProperty({ required: false, example: '#003d73' })
  primaryColor?: string;

  @ApiProperty({ required: false, example: '#ffffff' })
  primaryTextColor?: string;

  @ApiProperty({ required: false })
  logoUrl?: string;
}

/** What anyone may know about the tenant a host belongs to. */
export class PublicTenantDto implements TenantPublicContact {
  @ApiProperty({ example: 'aarhus' })
  slug!: string;

  @ApiProperty({ example: 'Aarhus Kommune' })
  name!: string;

  @ApiProperty({ enum: TENANT_KINDS })
  kind!: TenantKind;

  @ApiProperty({ type: TenantThemeDto })
  theme!: TenantThemeDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The tenant\'s accessibility statement ("Tilgængelighedserklæring"), or /tilgaengelighed for one generated from its details; also reached at /was',
    example: 'https://www.was.digst.dk/aarhus-dk',
  })
  accessibilityStatementUrl!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'socialkompas@aarhus.dk' })
  contactEmail!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '+45 89 40 20 00' })
  contactPhone!: string | null;

  static from(tenant: Tenant): PublicTenantDto {
    return {
      slug: tenant.slug,
      name: tenant.name,
      kind: tenant.kind,
      theme: tenant.theme,
      ...tenantPublicContact(tenant),
      accessibilityStatementUrl: accessibilityStatementAddress(tenant),
    };
  }
}
