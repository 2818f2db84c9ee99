import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, AuditLog, changedFields } from '@socialkompas/auth';
import { clearedAsNull } from '@socialkompas/http';
import {
  forgetResolvedHosts,
  TenancyService,
  Tenant,
  TenantProvisioningService,
  TenantTheme,
} from '@socialkompas/tenancy';
import { themeContrastProblems } from '@socialkompas/theme';
import { checkLogo, logoPath } from './logo-file';
import { TenantLogosRepository } from './tenant-logos.repository';
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
 * A tenant's colours and logo, changed by its own administrator or by the platform operator
 * onboarding it: one code path for both. Each change locks the stored theme, is checked, audited
 * in the tenant's log and committed in one transaction; every page of the host shows it from the
 * next request on.
 */
@Injectable()
export class TenantThemeService {
  constructor(
    private readonly provisioning: TenantProvisioningService,
    private readonly tenancy: TenancyService,
    private readonly auditLog: AuditLog,
    private readonly logos: TenantLogosRepository,
  ) {}

  update(tenant: Tenant, changes: UpdateThemeDto, actor: Actor): Promise<TenantTheme> {
    return this.change(tenant, actor, (current) => {
      const theme = changedTheme(current, changes);
      assertReadable(theme);
      return theme;
    });
  }

  /** Stores an uploaded logo (checked by `checkLogo`) and points the theme at its hashed address. */
  uploadLogo(tenant: Tenant, body: unknown, actor: Actor): Promise<TenantTheme> {
    const logo = checkLogo(body);
    return this.change(
      tenant,
      actor,
      (current) => ({ ...current, logoUrl: logoPath(logo) }),
      (manager) => this.logos.put(manager, tenant.id, logo),
    );
  }

  /** Removes the logo, uploaded or linked: the header shows the tenant's name alone. */
  removeLogo(tenant: Tenant, actor: Actor): Promise<TenantTheme> {
    return this.change(
      tenant,
      actor,
      ({ logoUrl: _removed, ...rest }) => rest,
      (manager) => this.logos.remove(manager, tenant.id),
    );
  }

  private async change(
    tenant: Tenant,
    actor: Actor,
    change: (current: TenantTheme) => TenantTheme,
    alongside?: (manager: EntityManager) => Promise<void>,
  ): Promise<TenantTheme> {
    const saved = await this.tenancy.run(tenant, async (manager) => {
      const { before, after } = await this.provisioning.changeTheme(manager, tenant, change);
      const changed = changedFields(themeView(before), themeView(after));
      if (Object.keys(changed).length === 0) return after;
      await alongside?.(manager);
      await this.auditLog.record({
        entityType: 'tenant',
        entityId: tenant.id,
        action: 'update_theme',
        actor,
        changes: changed,
      });
      return after;
    });
    // After the commit, so no request can remember the old theme as current.
    forgetResolvedHosts();
    return saved;
  }
}
