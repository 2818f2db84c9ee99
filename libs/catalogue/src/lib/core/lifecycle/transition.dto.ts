import { OptionalText, VersionDto } from '@socialkompas/http';

/** A lifecycle step: the version the editor saw, and optionally why. */
export class TransitionDto extends VersionDto {
  /** E.g. why an offer in review goes back to draft (reopen) or is archived; kept in the change history. */
  @OptionalText('Begrundelse', 1000, { example: 'Mangler adresse og åbningstider.' })
  reason?: string;
}
