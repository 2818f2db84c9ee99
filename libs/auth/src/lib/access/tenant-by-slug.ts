import { NotFoundException } from '@nestjs/common';
import { Tenant, TenantRegistry } from '@socialkompas/tenancy';

/** The tenant a platform route names by slug, or the 404 problem that says there is none. */
export async function tenantBySlug(registry: TenantRegistry, slug: string): Promise<Tenant> {
  const tenant = await registry.findBySlug(slug);
  if (!tenant)
    throw new NotFoundException({
      title: 'Ukendt kommune eller region',
      detail: `Der findes ingen med slug "${slug}".`,
    });
  return tenant;
}
