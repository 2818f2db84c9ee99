import { IntersectionType } from '@nestjs/swagger';
import { VersionDto } from '@socialkompas/tenancy';
import { PartialNotNull } from '../../validation/optional-not-null';
import { OrganizationFieldsDto } from './organization-fields.dto';

export class UpdateOrganizationDto extends IntersectionType(
  PartialNotNull(OrganizationFieldsDto),
  VersionDto,
) {}
