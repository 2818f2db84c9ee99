import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** HSDS 3.0 `location` with its (single, Danish) address folded in. */
@Entity({ name: 'locations' })
export class Location {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'text', default: '' })
  name!: string;

  @Column({ name: 'address_1', type: 'text', default: '' })
  address1!: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode!: string;

  @Column({ type: 'text', default: '' })
  city!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', default: '' })
  accessibility!: string;

  @Column({ type: 'text', default: '' })
  transportation!: string;
}
