import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryRow } from '@socialkompas/tenancy';
import type { CheckedLogo, LogoContentType } from './logo-file';

/** A stored logo as it is served. */
export interface StoredLogo {
  contentType: LogoContentType;
  bytes: Buffer;
}

/** The platform's table of uploaded logos, one per tenant. */
@Injectable()
export class TenantLogosRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's transaction, so the logo and the theme that names it commit together. */
  async put(manager: EntityManager, tenantId: string, logo: CheckedLogo): Promise<void> {
    await manager.query(
      `INSERT INTO platform.tenant_logos (tenant_id, sha256, content_type, bytes)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE
         SET sha256 = EXCLUDED.sha256, content_type = EXCLUDED.content_type,
             bytes = EXCLUDED.bytes, uploaded_at = now()`,
      [tenantId, logo.sha256, logo.contentType, logo.bytes],
    );
  }

  async remove(manager: EntityManager, tenantId: string): Promise<void> {
    await manager.query(`DELETE FROM platform.tenant_logos WHERE tenant_id = $1`, [tenantId]);
  }

  /** The tenant's logo if its hash begins with `hashPrefix`: an old address finds nothing. */
  find(tenantId: string, hashPrefix: string): Promise<StoredLogo | undefined> {
    return queryRow<StoredLogo>(
      this.dataSource.manager,
      `SELECT content_type AS "contentType", bytes FROM platform.tenant_logos
       WHERE tenant_id = $1 AND starts_with(sha256, $2)`,
      [tenantId, hashPrefix],
    );
  }
}
