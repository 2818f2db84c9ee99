/**
 * Whether an SVG logo is safe to serve from the tenant's own host. We refuse rather than sanitise:
 * a logo needs none of what is refused here, a refusal tells the administrator exactly what to
 * remove, and no maintained SVG sanitiser runs in Node without a whole DOM (DOMPurify needs jsdom).
 * The file is also served with a Content-Security-Policy that forbids scripts, should a trick get
 * past these checks.
 *
 * Refused, and why:
 * - text that is not UTF-8, or holds NUL: another encoding (UTF-16) would hide the rest from these checks;
 * - `<!DOCTYPE` / `<!ENTITY`: entities can expand without bound or pull in outside files (XXE);
 * - `<?xml-stylesheet`: loads a stylesheet from elsewhere;
 * - `<script>`, `on…=` event handlers, `javascript:`: code in the logo;
 * - `<foreignObject>` and HTML elements (iframe, embed, object, …): whole HTML documents inside the image;
 * - `href` / `xlink:href` other than `#fragment`, `url(…)` other than `url(#…)`, `@import`, and
 *   animations of `href`: references to other files, which would also tell another server who
 *   looks at the page.
 */
const RULES: { pattern: RegExp; problem: string }[] = [
  { pattern: /<!DOCTYPE|<!ENTITY/i, problem: 'Den har en DOCTYPE eller entiteter (<!ENTITY>).' },
  { pattern: /<\?xml-stylesheet/i, problem: 'Den henter et stylesheet udefra (<?xml-stylesheet?>).' },
  { pattern: /<(\w+:)?script[\s>/]/i, problem: 'Den indeholder scripts (<script>).' },
  { pattern: /[\s/"']on[a-z]+\s*=/i, problem: 'Den har hændelseskode (attributter som onload=).' },
  { pattern: /javascript\s*:/i, problem: 'Den indeholder javascript:-adresser.' },
  { pattern: /<(\w+:)?foreignObject[\s>/]/i, problem: 'Den indeholder <foreignObject>.' },
  {
    pattern: /<(\w+:)?(iframe|embed|object|audio|video|canvas|form|input|html|body)[\s>/]/i,
    problem: 'Den indeholder HTML-elementer.',
  },
  { pattern: /@import/i, problem: 'Den henter stylesheets udefra (@import).' },
  { pattern: /url\s*\(\s*(?!['"]?\s*#)/i, problem: 'Den henter filer udefra (url(…)).' },
  { pattern: /attributeName\s*=\s*["'][^"']*href/i, problem: 'Den ændrer links med animationer.' },
];

/** Every href-like attribute's value: `href`, `xlink:href` and any other prefix bound to XLink. */
const HREF_VALUE = /[\s"'](?:[\w-]+:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** What makes the SVG unsafe, in Danish sentences; empty when it may be served. */
export function svgProblems(bytes: Buffer): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['Den er ikke gemt som UTF-8.'];
  }
  if (text.includes('\u0000')) return ['Den indeholder NUL-tegn.'];
  const problems = RULES.filter((rule) => rule.pattern.test(text)).map((rule) => rule.problem);
  const external = [...text.matchAll(HREF_VALUE)].some(
    ([, double, single]) => !(double ?? single ?? '').startsWith('#'),
  );
  if (external) problems.push('Den henviser til filer udefra (href til andet end #).');
  return problems;
}
