import { escapeHtml } from '@socialkompas/http';
import { DEFAULT_PRIMARY_COLOR, normalizeHexColor, ThemeColors } from '@socialkompas/theme';
import { danishGenitive } from './danish-text';

/** A finished mail's three parts, as the outbox stores them. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A button in the HTML, a labelled address in the text. */
export interface MailAction {
  label: string;
  url: string;
}

/** What a feature says in a mail; the layout adds the tenant's name, colours and signature. */
export interface TenantMailContent {
  tenant: { name: string; theme?: ThemeColors };
  subject: string;
  heading: string;
  /** `Hej Foreningen Sorg,`; none: the mail starts with its paragraphs. */
  greeting?: string;
  /** Before the buttons. */
  paragraphs: string[];
  actions: MailAction[];
  /** After the buttons, e.g. how long the links work. */
  afterActions?: string[];
}

const DEFAULT_PRIMARY_TEXT_COLOR = '#ffffff';
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const CLOSING = 'Venlig hilsen';

/**
 * Every mail a tenant sends, in one Danish layout: the tenant's Socialkompas in its own colours
 * at the top, the content, buttons for the actions, and the tenant's name as signature. The text
 * part says the same with the addresses written out. Everything a feature or a person wrote is
 * escaped; the theme's colours are used only when they are plainly colours.
 */
export function renderTenantMail(content: TenantMailContent): RenderedMail {
  const { tenant } = content;
  const catalogue = `${danishGenitive(tenant.name)} Socialkompas`;
  // A newline in a header would be folded by the mailer at best; a subject should never carry one.
  const subject = content.subject.replace(/\s+/g, ' ').trim();
  const greeting = content.greeting ? [content.greeting] : [];
  const afterActions = content.afterActions ?? [];

  const text = [
    ...greeting,
    content.heading,
    ...content.paragraphs,
    ...content.actions.map((action) => `${action.label}:\n${action.url}`),
    ...afterActions,
    `${CLOSING}\n${tenant.name}`,
  ].join('\n\n');

  const background = escapeHtml(cssColor(tenant.theme?.primaryColor, DEFAULT_PRIMARY_COLOR));
  const foreground = escapeHtml(cssColor(tenant.theme?.primaryTextColor, DEFAULT_PRIMARY_TEXT_COLOR));
  const paragraph = (value: string) => `<p style="margin:0 0 16px;">${escapeHtml(value)}</p>`;
  const button = (action: MailAction) =>
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px;">` +
    `<tr><td style="border-radius:4px;background-color:${background};">` +
    `<a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;${FONT}font-size:16px;` +
    `font-weight:bold;color:${foreground};text-decoration:none;border-radius:4px;">` +
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
<tr><td style="padding:16px 24px;background-color:${background};color:${foreground};${FONT}font-size:16px;font-weight:bold;">${escapeHtml(catalogue)}</td></tr>
<tr><td style="padding:24px;${FONT}font-size:16px;line-height:1.5;color:#1a1a1a;">
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;">${escapeHtml(content.heading)}</h1>
${[...greeting, ...content.paragraphs].map(paragraph).join('\n')}
${content.actions.map(button).join('\n')}
${afterActions.map((value) => `<p style="margin:16px 0;">${escapeHtml(value)}</p>`).join('\n')}
<p style="margin:0;">${escapeHtml(CLOSING)}<br>${escapeHtml(tenant.name)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return { subject, text, html };
}

// The theme is editable by tenant admins; a value that is not plainly a colour must not reach a
// style attribute, where escaping alone would not stop extra CSS.
function cssColor(value: string | undefined, fallback: string): string {
  return normalizeHexColor(value ?? '') ?? fallback;
}
