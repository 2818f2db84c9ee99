import { PartialType, PickType } from '@nestjs/swagger';
import { OidcConfigDto } from './oidc-config.dto';

/**
 * "Test forbindelse" of a configuration not yet saved (so the form can test before saving); an
 * empty body tests the saved one. Checked as when saving; the client id and secret are not needed.
 */
export class OidcConnectionTestDto extends PartialType(
  PickType(OidcConfigDto, ['issuer', 'preset', 'allowedOrigins'] as const),
) {}
