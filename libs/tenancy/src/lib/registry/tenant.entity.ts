import type { ThemeColors } from '@socialkompas/theme';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TENANT_KINDS = ['municipality', 'region', 'national'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const TENANT_STATUSES = ['active', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** Colours and logo of a tenant's public pages; values are `#rrggbb` colours and a URL. */
export interface TenantTheme extends ThemeColors {
  logoUrl?: string;
}

@Entity({ schema: 'platform', name: 'tenants' })
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: TenantKind;

  @Column({ type: 'text', default: 'active' })
  status!: TenantStatus;

  @Column({ type: 'jsonb', default: {} })
  theme!: TenantTheme;

  @Column({ type: 'jsonb', default: {} })
  settings!: Record<string, unknown>;

  /** How many tenant migrations have been applied to this tenant's schema. */
  @Column({ name: 'schema_version', type: 'integer', default: 0 })
  schemaVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
