import { BadRequestException, Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, AuditLog, changedFields, CurrentActor } from '@socialkompas/auth';
import { clearedAsNull, Roles } from '@socialkompas/http';
import { CurrentTenant, forgetResolvedHosts, TenancyService, Tenant, TenantProvisioningService, TenantTheme, TenantThemeDto } from '@socialkompas/tenancy';
import { themeContrastProblems } from '@socialkompas/theme';
import { UpdateThemeDto } from './update-theme.dto';

const THEME_FIELDS = ['primaryColor', 'primaryTextColor', 'logoUrl'] as const;

/** The theme with every field present (null when unset), so the audit log also sees a cleared one. */
function themeView(theme: TenantTheme): Record<(typeof THEME_FIELDS)[number], string | null> {
  return {
    primaryColor: theme.primaryColor ?? null,
    primaryTextColor: theme.primaryTextColor ?? null,
    logoUrl: theme.logoUrl ?? null,
  };
}

/** The stored theme with the changes applied: colours in lower case, cleared fields removed. */
function changedTheme(current: TenantTheme, changes: UpdateThemeDto): TenantTheme {
  const theme: TenantTheme = { ...current };
  for (const field of THEME_FIELDS) {
    if (changes[field] === undefined) continue;
    const value = clearedAsNull(changes[field]);
    if (value === null) delete theme[field];
    else theme[field] = field === 'logoUrl' ? value : value.toLowerCase();
  }
  return theme;
}

/** Refuses a theme whose colour pairs fail WCAG 2.1 AA, naming each pair and its ratio. */
function assertReadable(theme: TenantTheme): void {
  const problems = themeContrastProblems(theme);
  if (problems.length === 0) return;
  throw new BadRequestException({
    title: 'Farverne kan ikke læses godt nok',
    detail: problems.map((problem) => problem.message).join(' '),
    errors: problems,
  });
}

/**
 * A tenant administrator's colours and logo. A theme whose colours fail WCAG 2.1 AA contrast is
 * refused; a saved one is what every page of the host shows from the next request on.
 */
@ApiTags('theme (tenant admin)')
@Controller('api/v1/admin/theme')
@Roles('tenant_admin', 'platform_admin')
export class TenantThemeController {
  constructor(
    private readonly provisioning: TenantProvisioningService,
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
  ) {}

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
  async update(
    @CurrentTenant() tenant: Tenant,
    @Body() changes: UpdateThemeDto,
    @CurrentActor() actor: Actor,
  ): Promise<TenantThemeDto> {
    // One transaction: the stored theme locked and changed, its contrast checked, the change audited.
    const saved = await this.tenancy.run(tenant, async (manager) => {
      const { before, after } = await this.provisioning.changeTheme(manager, tenant, (current) => {
        const theme = changedTheme(current, changes);
        assertReadable(theme);
        return theme;
      });
      const changed = changedFields(themeView(before), themeView(after));
      if (Object.keys(changed).length > 0) {
        await this.auditLog.record({
          entityType: 'tenant',
          entityId: tenant.id,
          action: 'update_theme',
          actor,
          changes: changed,
        });
      }
      return after;
    });
    // After the commit, so no request can remember the old theme as current.
    forgetResolvedHosts();
    return saved;
  }
}
