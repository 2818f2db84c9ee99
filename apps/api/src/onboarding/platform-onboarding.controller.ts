import { Body, Controller, Delete, Get, Param, Patch, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, Roles } from '@socialkompas/http';
import { Tenant, TenantNotFoundError, TenantRegistry, TenantThemeDto } from '@socialkompas/tenancy';
import {
  AccessibilityStatementView,
  PutAccessibilityStatementDto,
} from '../accessibility-statement/accessibility-statement.dto';
import { AccessibilityStatementService } from '../accessibility-statement/accessibility-statement.service';
import { ApiLogoUpload } from '../tenant-theme/logo-upload';
import { TenantThemeService } from '../tenant-theme/tenant-theme.service';
import { UpdateThemeDto } from '../tenant-theme/update-theme.dto';
import { OnboardingChecklist, PlatformTenantDetail } from './onboarding-checklist.dto';
import { OnboardingChecklistService } from './onboarding-checklist.service';

/**
 * The platform operator setting up one tenant: its page and checklist, and the wizard's steps that
 * the tenant's own administrator can later take through `/api/v1/admin/…` (the same services).
 */
@ApiTags('platform')
@Controller('api/v1/platform/tenants/:slug')
@Roles('platform_admin')
export class PlatformOnboardingController {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly checklist: OnboardingChecklistService,
    private readonly themes: TenantThemeService,
    private readonly statements: AccessibilityStatementService,
  ) {}

  @Get()
  @ApiOkResponse({ type: PlatformTenantDetail })
  @ApiProblemResponses(404)
  async detail(@Param('slug') slug: string): Promise<PlatformTenantDetail> {
    return this.checklist.detail(await this.tenant(slug));
  }

  @Get('onboarding')
  @ApiOkResponse({ type: OnboardingChecklist })
  @ApiProblemResponses(404)
  async onboarding(@Param('slug') slug: string): Promise<OnboardingChecklist> {
    return this.checklist.checklist(await this.tenant(slug));
  }

  @Get('theme')
  @ApiOkResponse({ type: TenantThemeDto })
  @ApiProblemResponses(404)
  async theme(@Param('slug') slug: string): Promise<TenantThemeDto> {
    return (await this.tenant(slug)).theme;
  }

  @Patch('theme')
  @ApiOkResponse({ type: TenantThemeDto, description: 'The theme as saved.' })
  @ApiProblemResponses(400, 404)
  async updateTheme(
    @Param('slug') slug: string,
    @Body() changes: UpdateThemeDto,
    @CurrentActor() actor: Actor,
  ): Promise<TenantThemeDto> {
    return this.themes.update(await this.tenant(slug), changes, actor);
  }

  @Put('logo')
  @ApiLogoUpload()
  @ApiOkResponse({ type: TenantThemeDto, description: 'The theme, its `logoUrl` naming the uploaded file.' })
  @ApiProblemResponses(404)
  async uploadLogo(
    @Param('slug') slug: string,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
  ): Promise<TenantThemeDto> {
    return this.themes.uploadLogo(await this.tenant(slug), request.body, actor);
  }

  @Delete('logo')
  @ApiOkResponse({ type: TenantThemeDto, description: 'The theme without a logo.' })
  @ApiProblemResponses(404)
  async removeLogo(@Param('slug') slug: string, @CurrentActor() actor: Actor): Promise<TenantThemeDto> {
    return this.themes.removeLogo(await this.tenant(slug), actor);
  }

  @Get('accessibility-statement')
  @ApiOkResponse({ type: AccessibilityStatementView })
  @ApiProblemResponses(404)
  async statement(@Param('slug') slug: string): Promise<AccessibilityStatementView> {
    return this.statements.get(await this.tenant(slug));
  }

  @Put('accessibility-statement')
  @ApiOkResponse({ type: AccessibilityStatementView })
  @ApiProblemResponses(400, 404)
  async putStatement(
    @Param('slug') slug: string,
    @Body() input: PutAccessibilityStatementDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessibilityStatementView> {
    return this.statements.put(await this.tenant(slug), input, actor);
  }

  private async tenant(slug: string): Promise<Tenant> {
    const tenant = await this.registry.findBySlug(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    return tenant;
  }
}
