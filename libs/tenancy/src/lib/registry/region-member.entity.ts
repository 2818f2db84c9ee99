import { Entity, PrimaryColumn } from 'typeorm';

/** Membership of a municipality in a region: the basis of the one cross-tenant read path. */
@Entity({ schema: 'platform', name: 'region_members' })
export class RegionMember {
  @PrimaryColumn({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;
}
