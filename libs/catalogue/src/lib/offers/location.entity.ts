import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** HSDS 3.0 `location` with its (single, Danish) address folded in. */
@Entity({ name: 'locations' })
export class Location {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ApiProperty({ example: 'Frivilligcenter Aarhus' })
  @Column({ type: 'text', default: '' })
  name!: string;

  @ApiProperty({ example: 'Klostergade 37' })
  @Column({ name: 'address_1', type: 'text', default: '' })
  address1!: string;

  @ApiProperty({ example: '8000' })
  @Column({ name: 'postal_code', type: 'text' })
  postalCode!: string;

  @ApiProperty({ example: 'Aarhus C' })
  @Column({ type: 'text', default: '' })
  city!: string;

  @ApiProperty({ type: Number, nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  accessibility!: string;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  transportation!: string;

  /**
   * Taken from what an association typed into a suggestion: an editor should check it. Saving the
   * offer's places clears it, since the editor then stands behind them.
   */
  @ApiProperty({ description: 'Copied from a suggestion; an editor should check it' })
  @Column({ name: 'needs_check', type: 'boolean', default: false })
  needsCheck!: boolean;
}
