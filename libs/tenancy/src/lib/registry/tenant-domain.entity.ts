import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A custom host name (e.g. `tilbud.aarhus.dk`) that resolves to a tenant. */
@Entity({ schema: 'platform', name: 'tenant_domains' })
export class TenantDomain {
  @PrimaryColumn({ type: 'text' })
  host!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;
}
