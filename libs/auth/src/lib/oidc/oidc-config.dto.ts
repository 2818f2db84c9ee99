import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  Validate,
  IsIn,
} from 'class-validator';
import { StaffRole } from '@socialkompas/http';
import { OIDC_PRESETS, OidcPreset } from './oidc-presets';

/** https, or plain http on this machine only (a local identity provider). */
const ISSUER_URL =
  /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)(\/[^\s?#]*)?$/i;
/** An origin only, no path: where a discovery document's endpoints may also be. */
const ORIGIN = /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)$/i;
/** The development IdP is chosen by its own action (demo only), never typed in. */
const TYPED_PRESETS = OIDC_PRESETS.filter((preset) => preset !== 'development');
const CLAIM_NAME = /^[A-Za-z0-9_:./-]{1,100}$/;
const CLAIM_MESSAGE = 'skal være navnet på en claim, fx email.';
/** Roles an IdP group may give; platform_admin is never granted by a claim. */
const MAPPABLE_ROLES: StaffRole[] = ['tenant_admin', 'editor', 'staff', 'regional_coordinator'];

@ValidatorConstraint({ name: 'roleMap' })
class RoleMapConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value);
    return (
      entries.length <= 50 &&
      entries.every(
        ([group, role]) => group.length > 0 && group.length <= 200 && MAPPABLE_ROLES.includes(role),
      )
    );
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} skal knytte gruppenavne til en af rollerne ${MAPPABLE_ROLES.join(', ')} (højst 50).`;
  }
}

export class ClaimMappingDto {
  @ApiPropertyOptional({ example: 'email' })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: `claimMapping.email ${CLAIM_MESSAGE}` })
  email?: string;

  @ApiPropertyOptional({ example: 'name' })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: `claimMapping.name ${CLAIM_MESSAGE}` })
  name?: string;

  @ApiPropertyOptional({ example: 'groups' })
  @IsOptional()
  @Matches(CLAIM_NAME, { message: `claimMapping.groups ${CLAIM_MESSAGE}` })
  groups?: string;

  @ApiPropertyOptional({
    description:
      'The IdP issues only verified addresses: invitations may match its email claim without email_verified.',
  })
  @IsOptional()
  @IsBoolean({ message: 'claimMapping.trustEmail skal være true eller false.' })
  trustEmail?: boolean;

  @ApiPropertyOptional({ example: { 'socialkompas-redaktoerer': 'editor' } })
  @IsOptional()
  @Validate(RoleMapConstraint)
  roles?: Record<string, StaffRole>;
}

/** A tenant's identity provider. The secret is write-only: given here, never returned. */
export class OidcConfigDto {
  @ApiPropertyOptional({
    enum: TYPED_PRESETS,
    description: 'The kind of IdP; its issuer form is checked (default other: any https issuer).',
  })
  @IsOptional()
  @IsIn(TYPED_PRESETS, { message: `preset skal være en af ${TYPED_PRESETS.join(', ')}.` })
  preset?: Exclude<OidcPreset, 'development'>;

  @ApiProperty({ example: 'https://login.microsoftonline.com/<directory-id>/v2.0' })
  @Length(1, 500, { message: 'issuer må højst være 500 tegn.' })
  @Matches(ISSUER_URL, {
    message: 'issuer skal være en https-adresse, fx https://login.microsoftonline.com/<mappe-id>/v2.0.',
  })
  issuer!: string;

  @ApiProperty()
  @IsString({ message: 'clientId skal være tekst.' })
  @Length(1, 200, { message: 'clientId skal være 1-200 tegn.' })
  clientId!: string;

  @ApiPropertyOptional({
    description:
      'Stored encrypted (needs SECRETS_KEY). May be left out to keep the current secret, unless the issuer or client id changes.',
  })
  @IsOptional()
  @IsString({ message: 'clientSecret skal være tekst.' })
  @Length(1, 500, { message: 'clientSecret skal være 1-500 tegn.' })
  clientSecret?: string;

  @ApiPropertyOptional({
    description:
      'Name of the environment variable holding the secret, instead of clientSecret. Only OIDC_CLIENT_SECRET_* names: no other server setting can be sent to an issuer.',
  })
  @IsOptional()
  @Matches(/^OIDC_CLIENT_SECRET_[A-Z0-9_]{1,64}$/, {
    message:
      'clientSecretEnv skal være navnet på en miljøvariabel, der begynder med OIDC_CLIENT_SECRET_, fx OIDC_CLIENT_SECRET_AARHUS.',
  })
  clientSecretEnv?: string;

  @ApiPropertyOptional({ type: [String], example: ['email', 'profile'] })
  @IsOptional()
  @IsArray({ message: 'scopes skal være en liste.' })
  @ArrayMaxSize(20, { message: 'scopes må højst have 20 elementer.' })
  @Matches(/^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/, {
    each: true,
    message: 'scopes må kun indeholde scope-navne uden mellemrum.',
  })
  scopes?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['https://login.example.dk'],
    description:
      "Origins besides the issuer's own where its discovery document may place endpoints (most IdPs need none).",
  })
  @IsOptional()
  @IsArray({ message: 'allowedOrigins skal være en liste.' })
  @ArrayMaxSize(5, { message: 'allowedOrigins må højst have 5 elementer.' })
  @Matches(ORIGIN, {
    each: true,
    message: 'allowedOrigins skal være https-adresser uden sti, fx https://login.example.dk.',
  })
  allowedOrigins?: string[];

  @ApiPropertyOptional({ type: ClaimMappingDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClaimMappingDto)
  claimMapping?: ClaimMappingDto;

  @ApiPropertyOptional({
    description: 'Let people without an invitation in when a group claim maps to a role.',
  })
  @IsOptional()
  @IsBoolean({ message: 'selfProvisioning skal være true eller false.' })
  selfProvisioning?: boolean;
}
