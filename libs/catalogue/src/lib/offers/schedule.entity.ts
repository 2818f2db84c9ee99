import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Offer } from './offer.entity';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** HSDS 3.0 `schedule` (weekly): on these days, from `opensAt` to `closesAt`, Danish local time. */
@Entity({ name: 'schedules' })
export class Schedule {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne('Offer', (offer: Offer) => offer.schedules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Offer;

  @ApiProperty({ enum: WEEKDAYS, isArray: true, example: ['TU', 'TH'] })
  @Column({ type: 'text', array: true })
  byday!: Weekday[];

  @ApiProperty({ example: '17:00' })
  @Column({ name: 'opens_at', type: 'time' })
  opensAt!: string;

  @ApiProperty({ example: '19:00' })
  @Column({ name: 'closes_at', type: 'time' })
  closesAt!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  description!: string;
}
