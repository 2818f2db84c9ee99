import { escapeHtml, simplePage } from '@socialkompas/http';
import type { Tenant } from '@socialkompas/tenancy';

/** The web client's page where an association's member asks for a login link. */
export const ASSOCIATION_LOGIN_PAGE = '/min-forening/log-ind';

const page = (tenant: Tenant, title: string, body: string) =>
  simplePage(title, `${body}<p><small>${escapeHtml(tenant.name)} · Socialkompas</small></p>`, {
    primaryColor: tenant.theme?.primaryColor,
  });

/** The page a mailed link opens: one button, as mail scanners open links without pressing anything. */
export function confirmLinkPage(tenant: Tenant): string {
  return page(
    tenant,
    'Log ind',
    '<p>Tryk på knappen for at logge ind. Linket virker kun én gang.</p>' +
      '<form method="post"><button type="submit">Log ind</button></form>',
  );
}

/** A link that no longer logs in, with the way to a new one. */
export function unusableLinkPage(tenant: Tenant): string {
  return page(
    tenant,
    'Linket virker ikke længere',
    '<p>Linket er allerede brugt eller udløbet. Et login-link virker kun én gang og i kort tid.</p>' +
      `<p><a href="${ASSOCIATION_LOGIN_PAGE}">Bed om et nyt link</a></p>`,
  );
}
