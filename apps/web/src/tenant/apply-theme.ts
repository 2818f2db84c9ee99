import { readableTextColor } from './readable-text-color';
import type { TenantTheme } from './tenant';

/** Used when a tenant has no brand colour; white text on it has a contrast ratio of about 8.7:1. */
export const DEFAULT_PRIMARY_COLOR = '#1d4f73';
export const DEFAULT_ON_PRIMARY_COLOR = '#ffffff';

function isColor(value: string | undefined): value is string {
  if (!value) return false;
  return typeof CSS === 'undefined' || CSS.supports('color', value);
}

/**
 * Sets the tenant's brand colours as `--sk-color-primary` and `--sk-color-on-primary` on <html>.
 * Invalid or missing colours fall back to the defaults; a missing text colour is chosen for contrast.
 */
export function applyTheme(theme: TenantTheme, root: HTMLElement = document.documentElement): void {
  const primary = isColor(theme.primaryColor) ? theme.primaryColor : DEFAULT_PRIMARY_COLOR;
  const onPrimary = isColor(theme.primaryTextColor)
    ? theme.primaryTextColor
    : primary === DEFAULT_PRIMARY_COLOR
      ? DEFAULT_ON_PRIMARY_COLOR
      : readableTextColor(primary);
  root.style.setProperty('--sk-color-primary', primary);
  root.style.setProperty('--sk-color-on-primary', onPrimary);
}
