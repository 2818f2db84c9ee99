import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Actor } from '@socialkompas/auth';
import { badField, clearedAsNull } from '@socialkompas/http';
import {
  accessibilityStatementAddress,
  generatedAccessibilityStatement,
  Tenant,
  tenantPublicContact,
} from '@socialkompas/tenancy';
import { TENANT_URL, TenantUrl } from '../config/tenant-url';
import { AuditedSettingsChange } from '../tenant-settings/audited-settings-change';
import {
  AccessibilityStatementView,
  PublicAccessibilityStatement,
  PutAccessibilityStatementDto,
} from './accessibility-statement.dto';

function viewOf(tenant: Tenant): AccessibilityStatementView {
  return {
    url: tenantPublicContact(tenant).accessibilityStatementUrl,
    generated: generatedAccessibilityStatement(tenant),
    address: accessibilityStatementAddress(tenant),
  };
}

/** The statement's settings as the audit log names them, like the settings page's own changes. */
const auditedFieldsOf = (tenant: Tenant) => ({
  accessibilityStatementUrl: tenantPublicContact(tenant).accessibilityStatementUrl,
  accessibilityStatement: generatedAccessibilityStatement(tenant),
});

/**
 * A tenant's accessibility statement: the address of its own, or one generated from its details.
 * One service for the platform operator onboarding a tenant and the tenant's own administrator.
 */
@Injectable()
export class AccessibilityStatementService {
  constructor(
    private readonly settings: AuditedSettingsChange,
    @Inject(TENANT_URL) private readonly tenantUrl: TenantUrl,
  ) {}

  get(tenant: Tenant): AccessibilityStatementView {
    return viewOf(tenant);
  }

  async put(
    tenant: Tenant,
    input: PutAccessibilityStatementDto,
    actor: Actor,
  ): Promise<AccessibilityStatementView> {
    const url = clearedAsNull(input.url);
    const generated = input.generated ?? null;
    if (url && generated)
      throw badField(
        'url',
        'Angiv enten adressen på jeres egen erklæring eller oplysningerne til en genereret, ikke begge.',
      );
    if (!url && !generated)
      throw badField(
        'url',
        'Angiv adressen på jeres tilgængelighedserklæring, eller udfyld oplysningerne, så Socialkompas skriver den.',
      );
    const changes = {
      accessibilityStatementUrl: url ?? null,
      accessibilityStatement: generated && {
        ...generated,
        evaluationNote: clearedAsNull(generated.evaluationNote ?? null),
        inaccessibleContent: clearedAsNull(generated.inaccessibleContent ?? null),
      },
    };
    const updated = await this.settings.apply(tenant, changes, auditedFieldsOf, actor);
    return viewOf(updated);
  }

  /** The generated statement as the public page shows it; 404 when the tenant has none. */
  published(tenant: Tenant): PublicAccessibilityStatement {
    const statement = generatedAccessibilityStatement(tenant);
    if (!statement) {
      throw new NotFoundException({
        title: 'Ingen genereret tilgængelighedserklæring',
        detail: `${tenant.name} har ikke en tilgængelighedserklæring skrevet af Socialkompas.`,
      });
    }
    return { ...statement, tenantName: tenant.name, siteUrl: this.tenantUrl(tenant.slug) };
  }
}
