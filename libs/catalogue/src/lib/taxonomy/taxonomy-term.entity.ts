import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from '../core/lifecycle/editable.entity';
import type { Taxonomy } from './taxonomy.entity';

/** HSDS 3.0 `taxonomy_term`, with the Danish synonyms citizens type instead of its name. */
@Entity({ name: 'taxonomy_terms' })
export class TaxonomyTerm extends EditableEntity {
  @Column({ name: 'taxonomy_id', type: 'uuid' })
  taxonomyId!: string;

  @ManyToOne('Taxonomy', (taxonomy: Taxonomy) => taxonomy.terms)
  @JoinColumn({ name: 'taxonomy_id' })
  taxonomy?: Taxonomy;

  @ApiProperty({ example: 'ensomhed' })
  @Column({ type: 'text' })
  code!: string;

  @ApiProperty({ example: 'Ensomhed' })
  @Column({ type: 'text' })
  name!: string;

  @ApiProperty()
  @Column({ type: 'text', default: '' })
  description!: string;

  @ApiProperty({ type: [String], example: ['alene', 'isolation'] })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms!: string[];

  /** Age groups: the ages the term covers. */
  @ApiProperty({ type: 'integer', nullable: true })
  @Column({ name: 'minimum_age', type: 'integer', nullable: true })
  minimumAge!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  @Column({ name: 'maximum_age', type: 'integer', nullable: true })
  maximumAge!: number | null;

  /** Districts: the postcodes the district covers. */
  @ApiProperty({ type: [String], example: ['8000', '8200'] })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  postcodes!: string[];

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
