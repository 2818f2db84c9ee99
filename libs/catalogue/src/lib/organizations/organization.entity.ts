import { Column, Entity } from 'typeorm';
import { EditableEntity } from '../lifecycle/editable.entity';
import type { LifecycleStatus } from '../lifecycle/lifecycle';

/** HSDS 3.0 `organization`, stored in each tenant's schema (no schema named: the search_path decides). */
@Entity({ name: 'organizations' })
export class Organization extends EditableEntity {
  @Column({ type: 'text', default: 'draft' })
  status!: LifecycleStatus;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** CVR number. */
  @Column({ name: 'tax_id', type: 'text', nullable: true })
  taxId!: string | null;
}
