import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Offer } from './offer.entity';

/** HSDS 3.0 `contact`: a named person to ask about the offer. */
@Entity({ name: 'contacts' })
export class Contact {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne('Offer', (offer: Offer) => offer.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Offer;

  @ApiProperty({ example: 'Mette Jensen' })
  @Column({ type: 'text' })
  name!: string;

  @ApiProperty({ example: 'Frivilligkoordinator' })
  @Column({ type: 'text', default: '' })
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
