import type { CSSProperties } from 'react';
import { useCurrentTenant } from '../tenant/tenant-context';
import { normalizeHexColor } from '@socialkompas/theme';
import { t } from './messages';

interface ThemePreviewProps {
  primaryColor: string;
  primaryTextColor: string;
  logoUrl: string;
  /** The name in the mock header; the current host's tenant unless another one is being set up. */
  tenantName?: string;
}

/**
 * The chosen colours on a mock header, button and link. They are set as the theme's tokens on this
 * element only, so the rest of the page keeps the saved theme until it is saved. `--sk-color-link`
 * is set too: at :root it was resolved from the saved primary colour before it reached here.
 */
export function ThemePreview({ primaryColor, primaryTextColor, logoUrl, tenantName }: ThemePreviewProps) {
  const tenant = useCurrentTenant();
  const name = tenantName ?? tenant.name;
  // One sentence with the link inside it, so each language puts the link where its grammar wants it.
  const [before, after = ''] = t('theme.preview.text').split('{link}');
  const primary = normalizeHexColor(primaryColor);
  const onPrimary = normalizeHexColor(primaryTextColor);
  const tokens = {
    ...(primary && { '--sk-color-primary': primary, '--sk-color-link': primary }),
    ...(onPrimary && { '--sk-color-on-primary': onPrimary }),
  } as CSSProperties;

  return (
    <section className="theme-preview" aria-labelledby="theme-preview-heading" style={tokens}>
      <h2 id="theme-preview-heading">{t('theme.preview.heading')}</h2>
      <div className="theme-preview__header">
        {logoUrl && <img className="site-header__logo" src={logoUrl} alt="" />}
        <span className="site-header__name">{name}</span>
      </div>
      <div className="theme-preview__body">
        <p>
          {before}
          <span className="theme-preview__link">{t('theme.preview.link')}</span>
          {after}
        </p>
        <span className="button button--primary">{t('theme.preview.button')}</span>
      </div>
    </section>
  );
}
