import { DataSource } from 'typeorm';
import type { DevelopmentAccount } from '@socialkompas/auth';
import type { StaffRole } from '@socialkompas/http';
import { DEMO_TENANTS } from './demo-tenants';

export interface DemoStaffMember extends DevelopmentAccount {
  tenant: string;
  role: StaffRole;
}

const person = (login: string, name: string, tenant: string, role: StaffRole): DemoStaffMember => ({
  login,
  name,
  email: `${login}@socialkompas.test`,
  tenant,
  role,
});

/** Who can log in to the local demo through the development IdP: every role of every demo tenant. */
export const DEMO_STAFF: DemoStaffMember[] = [
  ...DEMO_TENANTS.filter((tenant) => tenant.kind === 'municipality').flatMap((tenant) => [
    person(`${tenant.slug}-admin`, `Administrator, ${tenant.name}`, tenant.slug, 'tenant_admin'),
    person(`${tenant.slug}-editor`, `Redaktør, ${tenant.name}`, tenant.slug, 'editor'),
    person(`${tenant.slug}-staff`, `Medarbejder, ${tenant.name}`, tenant.slug, 'staff'),
  ]),
  person('danmark-admin', 'Administrator, Hele landet', 'danmark', 'tenant_admin'),
  person('danmark-editor', 'Redaktør, Hele landet', 'danmark', 'editor'),
  person('midtjylland-admin', 'Administrator, Region Midtjylland', 'midtjylland', 'tenant_admin'),
  person('midtjylland-coordinator', 'Regional koordinator', 'midtjylland', 'regional_coordinator'),
  person('platform-admin', 'Platformens drift', 'midtjylland', 'platform_admin'),
];

/**
 * Invites every demo staff member by e-mail (once): their first login through the development
 * IdP turns the invitation into a membership, the same path a real municipality's staff take.
 */
export async function inviteDemoStaff(dataSource: DataSource): Promise<void> {
  for (const member of DEMO_STAFF) {
    await dataSource.query(
      `INSERT INTO platform.memberships (tenant_id, email, role)
       SELECT id, $2, $3 FROM platform.tenants WHERE slug = $1
       ON CONFLICT (tenant_id, email) DO NOTHING`,
      [member.tenant, member.email, member.role],
    );
  }
}

/** Each demo municipality's association member: they log in by e-mail link at /min-forening/log-ind. */
export const DEMO_ASSOCIATION_MEMBERS = DEMO_TENANTS.filter((tenant) => tenant.kind === 'municipality').map(
  (tenant) => ({ tenant: tenant.slug, email: `forening-${tenant.slug}@socialkompas.test` }),
);

/**
 * Invites each demo association member (once) to the first published association of their
 * municipality, by name. Slugs come from the fixed demo list, never from input.
 */
export async function inviteDemoAssociationMembers(dataSource: DataSource): Promise<void> {
  for (const member of DEMO_ASSOCIATION_MEMBERS) {
    await dataSource.query(
      `INSERT INTO platform.memberships (tenant_id, email, role, organization_id)
       SELECT t.id, $2, 'association', o.id FROM platform.tenants t
       JOIN LATERAL (SELECT id FROM "t_${member.tenant}".organizations WHERE status = 'published' ORDER BY name LIMIT 1) o ON true
       WHERE t.slug = $1
       ON CONFLICT (tenant_id, email) DO NOTHING`,
      [member.tenant, member.email],
    );
  }
}
