import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OptionalText, PageOf, PageQueryDto } from '@socialkompas/http';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../core/lifecycle/lifecycle';
import { UpdateOfferDto } from '../offers/dto/update-offer.dto';
import { OfferView } from '../offers/offer-view';

/** What an association may change on its own offer: everything an editor may, but not whose offer it is. */
export class AssociationOfferChangesDto extends OmitType(UpdateOfferDto, ['organizationId'] as const) {}

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export class InviteAssociationMemberDto {
  @ApiProperty({ example: 'formand@forening.dk' })
  @MaxLength(254, { message: 'email må højst være 254 tegn.' })
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email!: string;
}

export class AccessRequestDto {
  @ApiProperty({ description: 'The association, as on its public page' })
  @IsUUID('all', { message: 'organizationId skal være et UUID.' })
  organizationId!: string;

  @ApiProperty({ example: 'Mette Jensen' })
  @IsString({ message: 'name skal være tekst.' })
  @Length(2, 200, { message: 'name skal være mellem 2 og 200 tegn.' })
  name!: string;

  @ApiProperty({ example: 'mette@forening.dk' })
  @MaxLength(254, { message: 'email må højst være 254 tegn.' })
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email!: string;

  @OptionalText('message', 1000, { example: 'Jeg er kasserer og opdaterer vores tilbud.' })
  message?: string;
}

export class ReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(REVIEW_STATUSES, { message: `status skal være en af: ${REVIEW_STATUSES.join(', ')}.` })
  status?: ReviewStatus;
}

export class RejectDto {
  @ApiProperty({ example: 'Tiderne passer ikke med foreningens hjemmeside.' })
  @IsString({ message: 'reason skal være tekst.' })
  @Length(3, 1000, { message: 'reason skal være mellem 3 og 1000 tegn.' })
  reason!: string;
}

/** A link of the offer that the link check found wrong. */
export class OfferLinkProblem {
  @ApiProperty()
  url!: string;

  @ApiProperty({ example: 'broken', description: 'As in the link report' })
  result!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

/** One of the association's own offers with what tells whether it is still true. */
export class OwnOfferSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: LIFECYCLE_STATUSES })
  status!: LifecycleStatus;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: String, nullable: true, example: '2026-05-12', description: '"Sidst bekræftet"' })
  assuredDate!: string | null;

  @ApiProperty({ type: Date, nullable: true, description: 'Flagged stale for the editors since' })
  staleSince!: Date | null;

  @ApiProperty({ type: [OfferLinkProblem] })
  linkProblems!: OfferLinkProblem[];

  @ApiProperty({ description: 'A change of the association waits for the editors' })
  inReview!: boolean;
}

export class OwnOrganization {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: "Trusted associations' changes apply at once, others' go to review" })
  trusted!: boolean;
}

export class OwnOffers {
  @ApiProperty({ type: OwnOrganization })
  organization!: OwnOrganization;

  @ApiProperty({ type: [OwnOfferSummary] })
  items!: OwnOfferSummary[];
}

/** A proposed change of an offer and where its review stands. */
export class OfferRevisionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  offerId!: string;

  @ApiProperty()
  offerName!: string;

  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty()
  organizationName!: string;

  @ApiProperty({ type: 'integer', description: "The offer's version the change was made to" })
  baseVersion!: number;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The proposed fields' })
  changes!: Record<string, unknown>;

  @ApiProperty({ enum: REVIEW_STATUSES })
  status!: ReviewStatus;

  @ApiProperty({ description: 'Who proposed it' })
  proposedBy!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  decidedBy!: string | null;

  @ApiProperty({ type: Date, nullable: true })
  decidedAt!: Date | null;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;
}

export class OfferRevisionPage extends PageOf(OfferRevisionView) {}

export class FieldDifference {
  @ApiProperty({ example: 'schedules' })
  field!: string;

  @ApiPropertyOptional({ description: 'The offer’s current value' })
  from?: unknown;

  @ApiPropertyOptional({ description: 'The proposed value' })
  to?: unknown;
}

export class OfferRevisionDetail extends OfferRevisionView {
  @ApiProperty({
    type: 'integer',
    description: "The offer's version now: approving needs it to be baseVersion",
  })
  currentVersion!: number;

  @ApiProperty({ type: [FieldDifference] })
  differences!: FieldDifference[];
}

/** The association's own offer with the change of theirs that waits for review, if any. */
export class OwnOffer {
  @ApiProperty({ type: OfferView })
  offer!: OfferView;

  @ApiProperty({ type: OfferRevisionView, nullable: true })
  pendingRevision!: OfferRevisionView | null;
}

export class OwnOfferSaved {
  @ApiProperty({ enum: ['applied', 'in_review'] })
  outcome!: 'applied' | 'in_review';

  @ApiProperty({ type: OfferView, description: 'The offer as it now is (unchanged while in review)' })
  offer!: OfferView;

  @ApiProperty({ type: OfferRevisionView, nullable: true })
  revision!: OfferRevisionView | null;
}

export class ConfirmedOffers {
  @ApiProperty({ type: 'integer', example: 4 })
  confirmed!: number;
}

export class AccessRequestView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty()
  organizationName!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ enum: REVIEW_STATUSES })
  status!: ReviewStatus;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: Date, nullable: true })
  decidedAt!: Date | null;

  @ApiProperty()
  createdAt!: Date;
}

export class AccessRequestPage extends PageOf(AccessRequestView) {}

export class AccessRequestReceived {
  @ApiProperty()
  message!: string;
}
