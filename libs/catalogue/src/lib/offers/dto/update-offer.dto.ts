import { IntersectionType } from '@nestjs/swagger';
import { VersionDto } from '@socialkompas/tenancy';
import { PartialNotNull } from '../../validation/optional-not-null';
import { OfferFieldsDto } from './offer-fields.dto';

export class UpdateOfferDto extends IntersectionType(PartialNotNull(OfferFieldsDto), VersionDto) {}
