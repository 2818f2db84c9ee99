import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { LOGO_TYPES, parseLogoFileName } from './logo-file';
import { TenantLogosRepository } from './tenant-logos.repository';

/** A file named by its content never changes: a new logo gets a new address. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Opened on its own, an SVG is a document: it may show its shapes and inline styles, and run nothing. */
const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** `/logo/<hash>.<ext>` on the tenant's host: the logo its theme names. */
@ApiTags('tenant')
@Controller('logo')
@Public()
export class LogoFileController {
  constructor(private readonly logos: TenantLogosRepository) {}

  @Get(':file')
  @ApiProduces(...Object.keys(LOGO_TYPES))
  @ApiOkResponse({
    description: 'The logo, cached for a year under its content hash.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: 'No such logo at this host (an old address, or another tenant’s).' })
  async serve(
    @CurrentTenant() tenant: Tenant,
    @Param('file') file: string,
    @Res() response: Response,
  ): Promise<void> {
    const name = parseLogoFileName(file);
    const logo = name && (await this.logos.find(tenant.id, name.hashPrefix));
    if (!name || !logo || LOGO_TYPES[logo.contentType] !== name.extension) {
      throw new NotFoundException({
        title: 'Intet logo',
        detail: `${tenant.name} har ikke et logo med adressen /logo/${file}.`,
      });
    }
    response
      .status(200)
      .set({
        'Content-Type': logo.contentType,
        'Cache-Control': IMMUTABLE,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': LOGO_CSP,
        // The platform area previews a tenant's logo from another host.
        'Cross-Origin-Resource-Policy': 'cross-origin',
      })
      .send(logo.bytes);
  }
}
