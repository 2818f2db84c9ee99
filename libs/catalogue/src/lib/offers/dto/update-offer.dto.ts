import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionDto } from '@socialkompas/http';
import { OfferFieldsDto } from './offer-fields.dto';

export class UpdateOfferDto extends IntersectionType(PartialType(OfferFieldsDto), VersionDto) {}
