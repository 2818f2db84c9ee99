import { escapeHtml } from '@socialkompas/http';
import { Tenant } from '@socialkompas/tenancy';
import { DEFAULT_PRIMARY_COLOR, normalizeHexColor } from '@socialkompas/theme';

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

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const DEFAULT_PRIMARY_TEXT_COLOR = '#ffffff';

/** Asks the offer's contact whether the offer is still current, with one link per answer. */
export function freshnessReminder(input: FreshnessReminderInput): RenderedMail {
  const heading = 'Er jeres tilbud stadig aktuelt?';
  const greeting = input.organizationName ? `Hej ${input.organizationName},` : 'Hej,';
  const catalogue = `${danishGenitive(input.tenant.name)} Socialkompas`;
  const introduction =
    `Tilbuddet »${input.offerName}« står i ${catalogue}, hvor borgere og medarbejdere finder hjælp. ` +
    'De regner med, at oplysningerne passer.';
  const lastConfirmed =
    (input.assuredDate
      ? `Oplysningerne blev sidst bekræftet den ${danishDate(input.assuredDate)}.`
      : 'Vi kan ikke se, at oplysningerne er blevet bekræftet.') +
    ` Vi spørger, når et tilbud ikke er bekræftet i ${days(input.staleAfterDays)}.`;
  const askForAnswer = 'Vælg det svar, der passer – det tager under et minut:';
  const actions = [
    { label: 'Ja, det er stadig aktuelt', url: input.confirmUrl },
    { label: 'Ret oplysningerne', url: input.updateUrl },
    { label: 'Tilbuddet findes ikke længere', url: input.closeUrl },
  ];
  const linkValidity = `Linkene virker indtil den ${danishDate(input.expiresAt)} og kræver ikke login.`;
  const closing = 'Venlig hilsen';
  // A newline in a header would be folded by the mailer at best; an offer name should never carry one.
  const subject = `Er jeres tilbud »${input.offerName}« stadig aktuelt?`.replace(/\s+/g, ' ');

  const text = [
    greeting,
    `${heading} ${introduction}`,
    lastConfirmed,
    askForAnswer,
    ...actions.map((action) => `${action.label}:\n${action.url}`),
    linkValidity,
    `${closing}\n${input.tenant.name}`,
  ].join('\n\n');

  const background = cssColor(input.tenant.theme?.primaryColor, DEFAULT_PRIMARY_COLOR);
  const foreground = cssColor(input.tenant.theme?.primaryTextColor, DEFAULT_PRIMARY_TEXT_COLOR);
  const font = 'font-family:Arial,Helvetica,sans-serif;';
  const paragraph = (content: string) => `<p style="margin:0 0 16px;">${escapeHtml(content)}</p>`;
  const button = (action: { label: string; url: string }) =>
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px;">` +
    `<tr><td style="border-radius:4px;background-color:${escapeHtml(background)};">` +
    `<a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;${font}font-size:16px;` +
    `font-weight:bold;color:${escapeHtml(foreground)};text-decoration:none;border-radius:4px;">` +
    `${escapeHtml(action.label)}</a></td></tr></table>`;

  const html = `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f3f3;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f3f3;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;">
<tr><td style="padding:16px 24px;background-color:${escapeHtml(background)};color:${escapeHtml(foreground)};${font}font-size:16px;font-weight:bold;">${escapeHtml(catalogue)}</td></tr>
<tr><td style="padding:24px;${font}font-size:16px;line-height:1.5;color:#1a1a1a;">
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;">${escapeHtml(heading)}</h1>
${paragraph(greeting)}
${paragraph(introduction)}
${paragraph(lastConfirmed)}
${paragraph(askForAnswer)}
${actions.map(button).join('\n')}
<p style="margin:16px 0;">${escapeHtml(linkValidity)}</p>
<p style="margin:0;">${escapeHtml(closing)}<br>${escapeHtml(input.tenant.name)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return { subject, text, html };
}

const dateIn = (timeZone: string) =>
  new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
// A calendar date has no zone: read and written in UTC it never shifts a day.
const CALENDAR_DATE = dateIn('UTC');
const DANISH_CLOCK_DATE = dateIn('Europe/Copenhagen');

/** `12. maj 2026`: a `YYYY-MM-DD` date as written, a moment as the calendar in Denmark shows it. */
function danishDate(value: string | Date): string {
  return typeof value === 'string'
    ? CALENDAR_DATE.format(new Date(`${value.slice(0, 10)}T00:00:00Z`))
    : DANISH_CLOCK_DATE.format(value);
}

/** `Aarhus Kommunes Socialkompas`; a name ending in s, x or z takes an apostrophe instead. */
function danishGenitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'dag' : 'dage'}`;
}

// The theme is editable by tenant admins; a value that is not plainly a colour must not reach a
// style attribute, where escaping alone would not stop extra CSS.
function cssColor(value: string | undefined, fallback: string): string {
  return normalizeHexColor(value ?? '') ?? fallback;
}
