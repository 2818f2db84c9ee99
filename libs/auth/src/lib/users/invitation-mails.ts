import type { StaffRole } from '@socialkompas/http';
import { danishDate, danishGenitive, danishTime, RenderedMail, renderTenantMail } from '@socialkompas/mail';
import type { Tenant } from '@socialkompas/tenancy';

type MailTenant = Pick<Tenant, 'name' | 'theme'>;

/** A role as the person invited to it would say it. */
const ROLE_IN_DANISH: Record<StaffRole, string> = {
  platform_admin: 'platformsadministrator',
  tenant_admin: 'administrator',
  editor: 'redaktør',
  staff: 'medarbejder',
  regional_coordinator: 'regional koordinator',
  association: 'foreningsbruger',
};

const catalogueOf = (tenant: MailTenant) => `${danishGenitive(tenant.name)} Socialkompas`;

/** A staff member's invitation: who invited them, as what, and where they log in with their work account. */
export function staffInvitationMail(input: {
  tenant: MailTenant;
  email: string;
  role: StaffRole;
  invitedBy: string;
  loginUrl: string;
}): RenderedMail {
  const catalogue = catalogueOf(input.tenant);
  return renderTenantMail({
    tenant: input.tenant,
    subject: `Du er inviteret til ${catalogue}`,
    heading: `Velkommen til ${catalogue}`,
    greeting: 'Hej,',
    paragraphs: [
      `${input.invitedBy} har givet dig adgang til ${catalogue} som ${ROLE_IN_DANISH[input.role]}.`,
      `Log ind med din arbejdskonto, den samme som du bruger i ${input.tenant.name}. ` +
        `Invitationen gælder e-mailadressen ${input.email}.`,
    ],
    actions: [{ label: 'Log ind', url: input.loginUrl }],
  });
}

/** An association member's invitation, with the link of their first login. */
export function associationInvitationMail(input: {
  tenant: MailTenant;
  organizationName: string;
  invitedBy: string;
  linkUrl: string;
  expiresAt: Date;
  loginPageUrl: string;
}): RenderedMail {
  const catalogue = catalogueOf(input.tenant);
  return renderTenantMail({
    tenant: input.tenant,
    subject: `Du er inviteret til at holde ${input.organizationName}s tilbud opdateret`,
    heading: `Velkommen til ${catalogue}`,
    greeting: 'Hej,',
    paragraphs: [
      `${input.invitedBy} har inviteret dig til at holde tilbuddene fra ${input.organizationName} opdateret i ${catalogue}, ` +
        'hvor borgere og medarbejdere finder hjælp.',
      'Du skal ikke have en adgangskode: du logger ind med et link, vi sender til din e-mail.',
    ],
    actions: [{ label: 'Log ind første gang', url: input.linkUrl }],
    afterActions: [
      `Linket virker én gang, indtil den ${danishDate(input.expiresAt)}. ` +
        `Næste gang beder du om et nyt link på ${input.loginPageUrl}.`,
    ],
  });
}

/** A login link someone asked for. */
export function loginLinkMail(input: {
  tenant: MailTenant;
  linkUrl: string;
  expiresAt: Date;
}): RenderedMail {
  const catalogue = catalogueOf(input.tenant);
  return renderTenantMail({
    tenant: input.tenant,
    subject: `Dit login til ${catalogue}`,
    heading: 'Log ind',
    greeting: 'Hej,',
    paragraphs: ['Du har bedt om at logge ind. Tryk på knappen for at fortsætte.'],
    actions: [{ label: 'Log ind', url: input.linkUrl }],
    afterActions: [
      `Linket virker én gang, indtil kl. ${danishTime(input.expiresAt)}. ` +
        'Har du ikke bedt om det, kan du se bort fra denne e-mail.',
    ],
  });
}
