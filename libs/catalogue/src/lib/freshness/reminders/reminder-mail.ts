import { danishDate, danishGenitive, days, RenderedMail, renderTenantMail } from '@socialkompas/mail';
import { Tenant } from '@socialkompas/tenancy';

export interface FreshnessReminderInput {
  tenant: Pick<Tenant, 'name' | 'theme'>;
  offerName: string;
  organizationName: string | null;
  /** `YYYY-MM-DD`, as the offer's `assured_date`; null when nobody has confirmed it yet. */
  assuredDate: string | null;
  staleAfterDays: number;
  confirmUrl: string;
  updateUrl: string;
  closeUrl: string;
  expiresAt: Date;
}

/** Asks the offer's contact whether the offer is still current, with one link per answer. */
export function freshnessReminder(input: FreshnessReminderInput): RenderedMail {
  const catalogue = `${danishGenitive(input.tenant.name)} Socialkompas`;
  return renderTenantMail({
    tenant: input.tenant,
    subject: `Er jeres tilbud »${input.offerName}« stadig aktuelt?`,
    heading: 'Er jeres tilbud stadig aktuelt?',
    greeting: input.organizationName ? `Hej ${input.organizationName},` : 'Hej,',
    paragraphs: [
      `Tilbuddet »${input.offerName}« står i ${catalogue}, hvor borgere og medarbejdere finder hjælp. ` +
        'De regner med, at oplysningerne passer.',
      (input.assuredDate
        ? `Oplysningerne blev sidst bekræftet den ${danishDate(input.assuredDate)}.`
        : 'Vi kan ikke se, at oplysningerne er blevet bekræftet.') +
        ` Vi spørger, når et tilbud ikke er bekræftet i ${days(input.staleAfterDays)}.`,
      'Vælg det svar, der passer – det tager under et minut:',
    ],
    actions: [
      { label: 'Ja, det er stadig aktuelt', url: input.confirmUrl },
      { label: 'Ret oplysningerne', url: input.updateUrl },
      { label: 'Tilbuddet findes ikke længere', url: input.closeUrl },
    ],
    afterActions: [`Linkene virker indtil den ${danishDate(input.expiresAt)} og kræver ikke login.`],
  });
}
