import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '@socialkompas/http';
import { OrganizationFieldsDto } from './organization-fields.dto';

export class UpdateOrganizationDto extends IntersectionType(PartialType(OrganizationFieldsDto), VersionDto) {}
