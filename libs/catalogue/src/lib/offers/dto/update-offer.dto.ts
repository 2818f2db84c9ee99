import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '@socialkompas/tenancy';
import { OfferFieldsDto } from './offer-fields.dto';

export class UpdateOfferDto extends IntersectionType(PartialType(OfferFieldsDto), VersionDto) {}
