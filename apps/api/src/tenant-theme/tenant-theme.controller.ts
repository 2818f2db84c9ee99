import { Body, Controller, Delete, Get, Patch, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { Roles } from '@socialkompas/http';
import { CurrentTenant, Tenant, TenantThemeDto } from '@socialkompas/tenancy';
import { ApiLogoUpload } from './logo-upload';
import { TenantThemeService } from './tenant-theme.service';
import { UpdateThemeDto } from './update-theme.dto';

/**
 * A tenant administrator's colours and logo. A theme whose colours fail WCAG 2.1 AA contrast is
 * refused; a saved one is what every page of the host shows from the next request on.
 */
@ApiTags('theme (tenant admin)')
@Controller('api/v1/admin/theme')
@Roles('tenant_admin', 'platform_admin')
export class TenantThemeController {
  constructor(private readonly themes: TenantThemeService) {}

  @Get()
  @ApiOkResponse({ type: TenantThemeDto })
  get(@CurrentTenant() tenant: Tenant): TenantThemeDto {
    return tenant.theme;
  }

  @Patch()
  @ApiOkResponse({ type: TenantThemeDto, description: 'The theme as saved.' })
  @ApiBadRequestResponse({
    description:
      'A field is malformed, or a colour pair fails WCAG 2.1 AA (4.5:1): `errors` names the field, the colours and the ratio.',
  })
  update(
    @CurrentTenant() tenant: Tenant,
    @Body() changes: UpdateThemeDto,
    @CurrentActor() actor: Actor,
  ): Promise<TenantThemeDto> {
    return this.themes.update(tenant, changes, actor);
  }

  @Put('logo')
  @ApiLogoUpload()
  @ApiOkResponse({ type: TenantThemeDto, description: 'The theme, its `logoUrl` naming the uploaded file.' })
  uploadLogo(
    @CurrentTenant() tenant: Tenant,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
  ): Promise<TenantThemeDto> {
    return this.themes.uploadLogo(tenant, request.body, actor);
  }

  @Delete('logo')
  @ApiOkResponse({ type: TenantThemeDto, description: 'The theme without a logo.' })
  removeLogo(@CurrentTenant() tenant: Tenant, @CurrentActor() actor: Actor): Promise<TenantThemeDto> {
    return this.themes.removeLogo(tenant, actor);
  }
}
