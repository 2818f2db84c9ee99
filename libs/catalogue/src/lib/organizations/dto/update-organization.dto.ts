import { IntersectionType } from '@nestjs/swagger';
import { PartialNotNull, VersionDto } from '@socialkompas/http';
import { OrganizationFieldsDto } from './organization-fields.dto';

export class UpdateOrganizationDto extends IntersectionType(
  PartialNotNull(OrganizationFieldsDto),
  VersionDto,
) {}
