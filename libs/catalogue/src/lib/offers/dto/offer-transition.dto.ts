import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { OptionalNotNull } from '@socialkompas/http';
import { TransitionDto } from '../../core/lifecycle/transition.dto';

/** An offer's lifecycle step; publishing may take its unpublished organisation along. */
export class OfferTransitionDto extends TransitionDto {
  @ApiPropertyOptional({
    description:
      'With publish: also publish the offer’s organisation if it is not published yet, in the same transaction. ' +
      'Without it, publishing an offer of an unpublished organisation is refused (409), since citizens could not find it.',
  })
  @OptionalNotNull()
  @IsBoolean({ message: 'publishOrganization skal være true eller false.' })
  publishOrganization?: boolean;
}
