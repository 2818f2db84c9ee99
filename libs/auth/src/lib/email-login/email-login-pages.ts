import { escapeHtml, simplePage } from '@socialkompas/http';
import type { Tenant } from '@socialkompas/tenancy';

const page = (tenant: Tenant, title: string, body: string) =>
  simplePage(title, `${body}<p><small>${escapeHtml(tenant.name)} · Socialkompas</small></p>`, {
    primaryColor: tenant.theme?.primaryColor,
  });

/** Where an association's member types their address to get a login link. */
export function requestLinkPage(tenant: Tenant, notice?: string): string {
  return page(
    tenant,
    'Log ind for foreninger',
    (notice ? `<p role="status"><strong>${escapeHtml(notice)}</strong></p>` : '') +
      '<p>Skriv den e-mailadresse, foreningen er inviteret med. Vi sender et link, du logger ind med.</p>' +
      '<form method="post" action="/auth/email-login">' +
      '<label for="email">E-mailadresse</label>' +
      '<input id="email" name="email" type="email" autocomplete="email" required maxlength="254">' +
      '<p><button type="submit">Send mig et link</button></p></form>' +
      '<p><a href="/auth/login">Medarbejder i kommunen? Log ind her</a></p>',
  );
}

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
      '<p><a href="/auth/email-login">Bed om et nyt link</a></p>',
  );
}
