import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { EditableEntity } from '../core/lifecycle/editable.entity';
import { LIFECYCLE_STATUSES, LifecycleStatus } from '../core/lifecycle/lifecycle';

/** HSDS 3.0 `organization`, stored in each tenant's schema (no schema named: the search_path decides). */
@Entity({ name: 'organizations' })
export class Organization extends EditableEntity {
  @ApiProperty({ enum: LIFECYCLE_STATUSES })
  @Column({ type: 'text', default: 'draft' })
  status!: LifecycleStatus;

  @ApiProperty({ example: 'Ældre Sagen Aarhus' })
  @Column({ type: 'text' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName!: string | null;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  description!: string;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** CVR number. */
  @ApiProperty({ type: String, nullable: true, description: 'CVR number' })
  @Column({ name: 'tax_id', type: 'text', nullable: true })
  taxId!: string | null;

  /** Trusted by the tenant: the association's own changes need no editor's review. */
  @ApiProperty({ description: 'Trusted association: its own changes are published without review' })
  @Column({ type: 'boolean', default: false })
  trusted!: boolean;
}
