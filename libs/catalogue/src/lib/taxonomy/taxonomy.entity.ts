import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { TaxonomyTerm } from './taxonomy-term.entity';

export const VOCABULARIES = ['challenge', 'target_group', 'activity', 'age_group', 'district'] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

/** Vocabularies whose terms are derived from an offer's ages and addresses, never chosen by hand. */
export const DERIVED_VOCABULARIES: readonly Vocabulary[] = ['age_group', 'district'];

/** HSDS 3.0 `taxonomy`: one of a tenant's vocabularies. */
@Entity({ name: 'taxonomies' })
export class Taxonomy {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ApiProperty({ enum: VOCABULARIES })
  @Column({ type: 'text' })
  code!: Vocabulary;

  @ApiProperty({ example: 'Udfordringer' })
  @Column({ type: 'text' })
  name!: string;

  @ApiProperty()
  @Column({ type: 'text' })
  description!: string;

  @OneToMany('TaxonomyTerm', (term: TaxonomyTerm) => term.taxonomy)
  terms!: TaxonomyTerm[];
}
