import type { ValidationError } from 'class-validator';
import { escapeHtml, simplePage } from '@socialkompas/http';
import { Tenant } from '@socialkompas/tenancy';
import type { ActionOfferRow } from './offer-actions.repository';
import { OfferAction } from './action-links';
import { UPDATE_FIELDS } from '../../inbox/update-requests/offer-update-request.dto';

export type ActionProblem = 'malformed' | 'tampered' | 'expired' | 'other_tenant' | 'gone' | 'already_used';

const page = (tenant: Tenant, title: string, body: string) =>
  simplePage(title, `${body}<p><small>${escapeHtml(tenant.name)} · Socialkompas</small></p>`, {
    primaryColor: tenant.theme?.primaryColor,
  });

const QUESTIONS: Record<Exclude<OfferAction, 'update'>, { title: string; text: string; button: string }> = {
  confirm: {
    title: 'Er tilbuddet stadig aktuelt?',
    text: 'Tryk på knappen for at bekræfte, at oplysningerne om tilbuddet stadig passer.',
    button: 'Ja, det er stadig aktuelt',
  },
  close: {
    title: 'Findes tilbuddet ikke længere?',
    text: 'Tryk på knappen, så fjerner vi tilbuddet fra Socialkompas. Borgere og medarbejdere kan ikke længere finde det.',
    button: 'Ja, fjern tilbuddet',
  },
};

/** The page a link opens: a question and one button. Nothing changes until the button is pressed. */
export function questionPage(
  tenant: Tenant,
  action: Exclude<OfferAction, 'update'>,
  offer: ActionOfferRow,
): string {
  const question = QUESTIONS[action];
  return page(
    tenant,
    question.title,
    `<p><strong>${escapeHtml(offer.name)}</strong></p><p>${question.text}</p>` +
      `<form method="post"><button type="submit">${question.button}</button></form>`,
  );
}

/** The no-login edit form for one offer, with the association's values and any messages per field. */
export function updateFormPage(
  tenant: Tenant,
  offer: ActionOfferRow,
  values: Record<string, string> = {},
  errors: ValidationError[] = [],
): string {
  const messageOf = (field: string) =>
    Object.values(errors.find((error) => error.property === field)?.constraints ?? {})[0];
  const current: Record<string, string> = {
    name: offer.name,
    description: offer.description,
    scheduleDescription: offer.scheduleDescription ?? '',
    phone: offer.phone ?? '',
    email: offer.email ?? '',
    url: offer.url ?? '',
    note: '',
  };
  const fields = UPDATE_FIELDS.map(({ field, label, multiline }) => {
    const value = escapeHtml(values[field] ?? current[field] ?? '');
    const message = messageOf(field);
    const described = message ? ` aria-describedby="${field}-error" aria-invalid="true"` : '';
    const input = multiline
      ? `<textarea id="${field}" name="${field}" rows="5"${described}>${value}</textarea>`
      : `<input id="${field}" name="${field}" value="${value}"${described}>`;
    const error = message ? `<p class="error" id="${field}-error">${escapeHtml(message)}</p>` : '';
    return `<label for="${field}">${label}</label>${input}${error}`;
  }).join('');
  return page(
    tenant,
    'Ret oplysningerne om tilbuddet',
    (errors.length > 0 ? `<p class="error" role="alert">Ret de markerede felter.</p>` : '') +
      `<p>Ændringerne sendes til redaktionen, som godkender dem. Indtil da vises tilbuddet som nu.</p>` +
      `<form method="post">${fields}<p><button type="submit">Send ændringerne</button></p></form>`,
  );
}

const DONE: Record<OfferAction, { title: string; text: string }> = {
  confirm: {
    title: 'Tak!',
    text: 'Tilbuddet er bekræftet som aktuelt. Tak fordi I holder oplysningerne opdaterede.',
  },
  close: {
    title: 'Tilbuddet er fjernet',
    text: 'Tak for besked. Tilbuddet vises ikke længere i Socialkompas.',
  },
  update: {
    title: 'Tak for rettelserne',
    text: 'Redaktionen ser på ændringerne og godkender dem hurtigst muligt.',
  },
};

export function donePage(tenant: Tenant, action: OfferAction, offer: ActionOfferRow): string {
  return page(
    tenant,
    DONE[action].title,
    `<p><strong>${escapeHtml(offer.name)}</strong></p><p>${DONE[action].text}</p>`,
  );
}

const PROBLEMS: Record<ActionProblem, { status: number; title: string; text: string }> = {
  already_used: {
    status: 200,
    title: 'Linket er allerede brugt',
    text: 'Det, linket gjorde, er allerede sket. I behøver ikke gøre mere.',
  },
  expired: {
    status: 400,
    title: 'Linket er udløbet',
    text: 'Linket virker kun i 30 dage. Kontakt kommunen, hvis tilbuddet skal ændres.',
  },
  malformed: {
    status: 400,
    title: 'Linket virker ikke',
    text: 'Linket er ufuldstændigt. Kopiér hele linket fra e-mailen.',
  },
  tampered: {
    status: 400,
    title: 'Linket virker ikke',
    text: 'Linket er ændret eller ufuldstændigt. Brug linket fra e-mailen, som det er.',
  },
  other_tenant: {
    status: 400,
    title: 'Linket hører til en anden kommune',
    text: 'Åbn linket fra e-mailen, som det er.',
  },
  gone: { status: 404, title: 'Tilbuddet findes ikke', text: 'Tilbuddet er slettet fra Socialkompas.' },
};

export function problemPage(tenant: Tenant, problem: ActionProblem): { status: number; html: string } {
  const { status, title, text } = PROBLEMS[problem];
  return { status, html: page(tenant, title, `<p>${text}</p>`) };
}
