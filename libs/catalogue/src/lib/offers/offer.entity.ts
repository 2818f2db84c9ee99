import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';
import { EditableEntity } from '../lifecycle/editable.entity';
import type { LifecycleStatus } from '../lifecycle/lifecycle';
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
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text', default: 'draft' })
  status!: LifecycleStatus;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName!: string | null;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** How to get in touch or sign up. */
  @Column({ name: 'application_process', type: 'text', default: '' })
  applicationProcess!: string;

  /** Who the offer is for, in words. */
  @Column({ name: 'eligibility_description', type: 'text', default: '' })
  eligibilityDescription!: string;

  @Column({ name: 'is_free', type: 'boolean', default: true })
  isFree!: boolean;

  @Column({ name: 'fee_amount', type: 'numeric', nullable: true, transformer: numericAsNumber })
  feeAmount!: number | null;

  @Column({ name: 'fees_description', type: 'text', default: '' })
  feesDescription!: string;

  @Column({ name: 'referral_required', type: 'boolean', default: false })
  referralRequired!: boolean;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ name: 'attending_types', type: 'text', array: true })
  attendingTypes!: AttendingType[];

  /** ISO 639-1 codes, e.g. `da`, `en`, `ar`. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ name: 'minimum_age', type: 'integer', nullable: true })
  minimumAge!: number | null;

  @Column({ name: 'maximum_age', type: 'integer', nullable: true })
  maximumAge!: number | null;

  /** Opening times in plain language; the structured times are in `schedules`. */
  @Column({ name: 'schedule_description', type: 'text', default: '' })
  scheduleDescription!: string;

  /** When a person last confirmed that the offer is current (HSDS `assured_date`). */
  @Column({ name: 'assured_date', type: 'date', nullable: true })
  assuredDate!: string | null;

  @Column({ name: 'assurer_email', type: 'text', nullable: true })
  assurerEmail!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** When the freshness pass sent the last reminder that has not been answered yet. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  /** When the offer was flagged stale: reminded and unanswered after the grace period. */
  @Column({ name: 'stale_since', type: 'timestamptz', nullable: true })
  staleSince!: Date | null;

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
