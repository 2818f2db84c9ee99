import type { Tenant } from './tenant.entity';
import { tenantPublicContact } from './tenant-public-contact';

export const STATEMENT_COMPLIANCE = ['full', 'partial', 'none'] as const;
export const STATEMENT_EVALUATION = ['self', 'external', 'other'] as const;

/** Where the client shows a statement generated from the tenant's details. */
export const GENERATED_STATEMENT_PATH = '/tilgaengelighed';

/**
 * The details of an accessibility statement the product writes for a tenant that has none of its
 * own, following the headings of Digitaliseringsstyrelsen's model (as the WAS-Tool publishes it).
 * Kept in the tenant's settings as `accessibilityStatement`.
 */
export interface GeneratedAccessibilityStatement {
  /** Overholdelsesstatus: how far the site meets EN 301 549 (WCAG 2.1 AA). */
  compliance: (typeof STATEMENT_COMPLIANCE)[number];
  /** How the site was evaluated: by the tenant itself, an outside party, or another method. */
  evaluation: (typeof STATEMENT_EVALUATION)[number];
  evaluationNote: string | null;
  /** Ikke-tilgængeligt indhold, in the tenant's words; null when none is known. */
  inaccessibleContent: string | null;
  /** When the statement was prepared (YYYY-MM-DD). */
  preparedOn: string;
  contactEmail: string;
  contactPhone: string;
}

/** The tenant's generated statement, or null when it has none (or its settings are not one). */
export function generatedAccessibilityStatement(
  tenant: Pick<Tenant, 'settings'>,
): GeneratedAccessibilityStatement | null {
  const value = (tenant.settings ?? {})['accessibilityStatement'];
  if (!value || typeof value !== 'object') return null;
  const statement = value as Partial<GeneratedAccessibilityStatement>;
  const ok =
    STATEMENT_COMPLIANCE.includes(statement.compliance as never) &&
    STATEMENT_EVALUATION.includes(statement.evaluation as never) &&
    typeof statement.preparedOn === 'string' &&
    typeof statement.contactEmail === 'string' &&
    typeof statement.contactPhone === 'string';
  return ok ? (statement as GeneratedAccessibilityStatement) : null;
}

/**
 * Where the public footer and `/was` send people: the tenant's own statement address, or else the
 * client's page of its generated statement, or nowhere.
 */
export function accessibilityStatementAddress(tenant: Pick<Tenant, 'settings'>): string | null {
  return (
    tenantPublicContact(tenant).accessibilityStatementUrl ??
    (generatedAccessibilityStatement(tenant) ? GENERATED_STATEMENT_PATH : null)
  );
}
