import { Body, Controller, Delete, Get, HttpCode, Param, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { MigrationRunner, TenantNotFoundError, TenantRegistry } from '@socialkompas/tenancy';
import { DeleteTenantDto } from './delete-tenant.dto';
import { backupFileName, takeTenantBackup } from './tenant-backup-taker';
import { TenantBackupsRepository } from './tenant-backups.repository';
import { deleteTenant } from './tenant-deletion';

/**
 * The platform operator's whole-tenant backup and deletion: the command line's rules through the
 * same functions. Both are logged in the platform's own log: a download written to the tenant's
 * log would itself be a change, and make the backup stale at once.
 */
@ApiTags('platform')
@Controller('api/v1/platform/tenants/:slug')
@Roles('platform_admin')
export class PlatformTenantBackupController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly migrationRunner: MigrationRunner,
    private readonly registry: TenantRegistry,
  ) {}

  /** Streams the whole-tenant backup as it is read; recorded once it is all delivered. */
  @Get('backup')
  @ApiProduces('application/gzip')
  @ApiOkResponse({
    description: 'The whole-tenant backup (gzip’d JSON lines), restorable with `tenant restore`',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(404)
  async backup(@Param('slug') slug: string, @CurrentActor() actor: Actor, @Res() response: Response) {
    const tenant = await this.registry.findBySlug(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    const fileName = backupFileName(tenant.slug);
    response.status(200);
    response.setHeader('Content-Type', 'application/gzip');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      const backup = await takeTenantBackup(this.dataSource, this.migrationRunner, {
        slug: tenant.slug,
        destination: response,
        fileName,
        takenBy: actor.label,
      });
      await new TenantBackupsRepository(this.dataSource.manager).logPlatformAction({
        action: 'download_backup',
        tenantId: tenant.id,
        slug: tenant.slug,
        actorLabel: actor.label,
        actorUserId: actor.userId,
        details: { fileName, bytes: backup.bytes, sha256: backup.sha256 },
      });
    } catch (error) {
      if (!response.headersSent) {
        response.removeHeader('Content-Disposition');
        throw error;
      }
      // The headers are sent: a cut-off download is all the client can be told.
      response.destroy(error as Error);
    }
  }

  /** Deletes a suspended tenant for good, given its slug as confirmation and a current backup. */
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The tenant, its schema and its platform rows are deleted' })
  @ApiProblemResponses(400, 404, 409)
  async delete(
    @Param('slug') slug: string,
    @Body() { confirm }: DeleteTenantDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await deleteTenant(this.dataSource, {
      slug,
      confirm,
      actorLabel: actor.label,
      actorUserId: actor.userId,
    });
  }
}
