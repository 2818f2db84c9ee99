import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';
import { EditableEntity } from '../core/lifecycle/editable.entity';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../core/lifecycle/lifecycle';
import { Organization } from '../organizations/organization.entity';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';
import { Contact } from './contact.entity';
import { Location } from './location.entity';
import { Schedule } from './schedule.entity';

export const ATTENDING_TYPES = ['in_person', 'online', 'phone'] as const;
export type AttendingType = (typeof ATTENDING_TYPES)[number];

/** pg returns numeric as a string; the API speaks numbers. */
const numericAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An offer ("tilbud"): HSDS 3.0 `service`, with the Danish catalogue's own editorial fields. */
@Entity({ name: 'offers' })
export class Offer extends EditableEntity {
  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @ApiProperty({ enum: LIFECYCLE_STATUSES })
  @Column({ type: 'text', default: 'draft' })
  status!: LifecycleStatus;

  @ApiProperty({ example: 'Samtalegruppe for unge med angst' })
  @Column({ type: 'text' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName!: string | null;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  summary!: string;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  description!: string;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** How to get in touch or sign up. */
  @ApiProperty()
  @Column({ name: 'application_process', type: 'text', default: '' })
  applicationProcess!: string;

  /** Who the offer is for, in words. */
  @ApiProperty()
  @Column({ name: 'eligibility_description', type: 'text', default: '' })
  eligibilityDescription!: string;

  @ApiProperty()
  @Column({ name: 'is_free', type: 'boolean', default: true })
  isFree!: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'Price in kroner' })
  @Column({ name: 'fee_amount', type: 'numeric', nullable: true, transformer: numericAsNumber })
  feeAmount!: number | null;

  @ApiProperty()
  @Column({ name: 'fees_description', type: 'text', default: '' })
  feesDescription!: string;

  @ApiProperty()
  @Column({ name: 'referral_required', type: 'boolean', default: false })
  referralRequired!: boolean;

  @ApiProperty()
  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @ApiProperty({ enum: ATTENDING_TYPES, isArray: true })
  @Column({ name: 'attending_types', type: 'text', array: true })
  attendingTypes!: AttendingType[];

  /** ISO 639-1 codes, e.g. `da`, `en`, `ar`. */
  @ApiProperty({ type: [String], example: ['da', 'en'] })
  @Column({ type: 'text', array: true })
  languages!: string[];

  @ApiProperty({ type: 'integer', nullable: true })
  @Column({ name: 'minimum_age', type: 'integer', nullable: true })
  minimumAge!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  @Column({ name: 'maximum_age', type: 'integer', nullable: true })
  maximumAge!: number | null;

  /** Opening times in plain language; the structured times are in `schedules`. */
  @ApiProperty()
  @Column({ name: 'schedule_description', type: 'text', default: '' })
  scheduleDescription!: string;

  /** When a person last confirmed that the offer is current (HSDS `assured_date`). */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  @Column({ name: 'assured_date', type: 'date', nullable: true })
  assuredDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Column({ name: 'assurer_email', type: 'text', nullable: true })
  assurerEmail!: string | null;

  @ApiProperty({ type: Date, nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** When the freshness pass sent the last reminder that has not been answered yet. */
  @ApiProperty({ type: Date, nullable: true })
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  /** When the offer was flagged stale: reminded and unanswered after the grace period. */
  @ApiProperty({ type: Date, nullable: true })
  @Column({ name: 'stale_since', type: 'timestamptz', nullable: true })
  staleSince!: Date | null;

  @ApiProperty()
  @Column({ name: 'hidden_as_stale', type: 'boolean', default: false })
  hiddenAsStale!: boolean;

  @ManyToMany(() => Location)
  @JoinTable({
    name: 'offer_locations',
    joinColumn: { name: 'offer_id' },
    inverseJoinColumn: { name: 'location_id' },
  })
  locations?: Location[];

  @ManyToMany(() => TaxonomyTerm)
  @JoinTable({
    name: 'offer_terms',
    joinColumn: { name: 'offer_id' },
    inverseJoinColumn: { name: 'term_id' },
  })
  terms?: TaxonomyTerm[];

  @OneToMany(() => Contact, (contact) => contact.offer)
  contacts?: Contact[];

  @OneToMany(() => Schedule, (schedule) => schedule.offer)
  schedules?: Schedule[];
}
