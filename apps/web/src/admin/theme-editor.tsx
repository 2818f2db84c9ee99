import { useState } from 'react';
import { Field, fieldErrors } from '../forms/field';
import { DEFAULT_PRIMARY_COLOR } from '../tenant/apply-theme';
import { readableTextColor } from '../tenant/readable-text-color';
import { useSaveTheme, type Theme } from './admin-api';
import { Announcement } from '../areas/announcement';
import { ColorField } from './color-field';
import { normalizeHexColor } from '@socialkompas/theme';
import { ContrastReport } from './contrast-report';
import { FormProblem } from '../areas/form-problem';
import { t } from './messages';
import { ThemePreview } from './theme-preview';

const FIELDS = ['primaryColor', 'primaryTextColor', 'logoUrl'] as const;

/**
 * The colours the pages will show, as applyTheme picks them: an empty primary colour is the
 * default, and an empty text colour is chosen for contrast with the primary colour.
 */
function shownColors(primaryColor: string, primaryTextColor: string) {
  const primary = primaryColor.trim() || DEFAULT_PRIMARY_COLOR;
  return { primary, onPrimary: primaryTextColor.trim() || readableTextColor(primary) };
}

/** `#FFF` as `#ffffff`, the form the API stores; anything else as typed, for the API to name. */
function asSaved(color: string): string {
  return normalizeHexColor(color) ?? color.trim();
}

/** The colours and logo of the tenant's pages, previewed and measured as they are chosen. */
export function ThemeEditor({ theme }: { theme: Theme }) {
  // An unset colour stays empty (and unset when saved); the preview shows what the pages will.
  const [primaryColor, setPrimaryColor] = useState(theme.primaryColor ?? '');
  const [primaryTextColor, setPrimaryTextColor] = useState(theme.primaryTextColor ?? '');
  const [logoUrl, setLogoUrl] = useState(theme.logoUrl ?? '');
  const save = useSaveTheme();
  const { primary, onPrimary } = shownColors(primaryColor, primaryTextColor);

  return (
    <div className="theme-editor">
      <form
        className="theme-editor__form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            primaryColor: asSaved(primaryColor),
            primaryTextColor: asSaved(primaryTextColor),
            logoUrl: logoUrl.trim(),
          });
        }}
      >
        <FormProblem error={save.error} fields={FIELDS} />
        <ColorField
          field="primaryColor"
          value={primaryColor}
          shown={primary}
          onChange={setPrimaryColor}
          error={save.error}
        />
        <ColorField
          field="primaryTextColor"
          value={primaryTextColor}
          shown={onPrimary}
          onChange={setPrimaryTextColor}
          error={save.error}
        />
        <Field
          label={t('theme.logoUrl')}
          hint={t('theme.logoUrl.hint')}
          errors={fieldErrors(save.error, 'logoUrl')}
        >
          <input
            type="url"
            inputMode="url"
            value={logoUrl}
            onChange={(event) => setLogoUrl(event.target.value)}
          />
        </Field>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('theme.save')}
        </button>
        <Announcement message={save.isSuccess ? t('theme.saved') : ''} />
      </form>
      <div className="theme-editor__result">
        <ThemePreview primaryColor={primary} primaryTextColor={onPrimary} logoUrl={logoUrl.trim()} />
        <h2>{t('theme.contrast.heading')}</h2>
        <ContrastReport primaryColor={primary} primaryTextColor={onPrimary} />
      </div>
    </div>
  );
}
