import { ApiProperty, IntersectionType, PickType } from '@nestjs/swagger';
import type { FreshnessSettings } from '@socialkompas/catalogue';
import { PublicTenantDto } from '@socialkompas/tenancy';
import { FreshnessSettingsDto } from './freshness-settings.dto';
import { PublicContactSettingsDto } from './public-contact-settings.dto';
import { SearchSettingsDto, SearchSettingsViewDto } from './search-settings.dto';

/** The body of `PATCH /api/v1/admin/settings`: any of the freshness rules, public contact details and search settings. */
export class UpdateTenantSettingsDto extends IntersectionType(
  FreshnessSettingsDto,
  PublicContactSettingsDto,
  SearchSettingsDto,
) {}

export class FreshnessSettingsViewDto implements FreshnessSettings {
  @ApiProperty({ example: 180 })
  staleAfterDays!: number;

  @ApiProperty({ example: 14 })
  graceDays!: number;

  @ApiProperty()
  hideStale!: boolean;

  @ApiProperty({ example: '02:30' })
  linkCheckAt!: string;

  @ApiProperty({ example: '06:00' })
  freshnessAt!: string;
}

export class PublicContactViewDto extends PickType(PublicTenantDto, [
  'accessibilityStatementUrl',
  'contactEmail',
  'contactPhone',
] as const) {}

/** A tenant's settings as its administrator sees them, defaults filled in. */
export class TenantSettingsDto {
  @ApiProperty({ type: FreshnessSettingsViewDto })
  freshness!: FreshnessSettingsViewDto;

  @ApiProperty({ type: PublicContactViewDto, description: 'Shown in the public footer' })
  publicContact!: PublicContactViewDto;

  @ApiProperty({ type: SearchSettingsViewDto })
  search!: SearchSettingsViewDto;
}
