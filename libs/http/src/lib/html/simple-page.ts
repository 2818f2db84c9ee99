import { DEFAULT_PRIMARY_COLOR, normalizeHexColor } from '@socialkompas/theme';

/** Text made safe to place in HTML, attribute values included. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A plain, readable Danish page for the few answers the API gives a browser directly (a failed
 * login, a link from a reminder mail). `body` is HTML the caller has escaped.
 */
export function simplePage(title: string, body: string, options: { primaryColor?: string } = {}): string {
  const accent = normalizeHexColor(options.primaryColor ?? '') ?? DEFAULT_PRIMARY_COLOR;
  return (
    `<!doctype html><html lang="da"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} – Socialkompas</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}` +
    `h1{font-size:1.6rem}a{color:${accent}}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.3rem;background:${accent};color:#fff;cursor:pointer}` +
    `label{display:block;font-weight:600;margin-top:1rem}input,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.4rem}` +
    `.error{color:#a4000f}</style></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  );
}
