import { IntersectionType } from '@nestjs/swagger';
import { PartialNotNull, VersionDto } from '@socialkompas/http';
import { OfferFieldsDto } from './offer-fields.dto';

export class UpdateOfferDto extends IntersectionType(PartialNotNull(OfferFieldsDto), VersionDto) {}
