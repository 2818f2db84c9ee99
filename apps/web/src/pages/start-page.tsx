import { t } from '../i18n/messages';
import type { PublicTenant } from '../tenant/tenant';

export function StartPage({ tenant }: { tenant: PublicTenant }) {
  return (
    <>
      <h1>{tenant.name}</h1>
      <p className="lead">
        {t(tenant.kind === 'region' ? 'start.intro.region' : 'start.intro.municipality')}
      </p>
    </>
  );
}
