import { useState } from 'react';
import { Announcement } from '../areas/announcement';
import { FormProblem } from '../areas/form-problem';
import { ColorField } from '../admin/color-field';
import { ContrastReport } from '../admin/contrast-report';
import { ThemePreview } from '../admin/theme-preview';
import { t as adminText } from '../admin/messages';
import { QueryResult } from '../areas/query-result';
import { Field, fieldErrors } from '../forms/field';
import { DEFAULT_PRIMARY_COLOR } from '../tenant/apply-theme';
import { readableTextColor } from '../tenant/readable-text-color';
import { normalizeHexColor } from '@socialkompas/theme';
import { t } from './messages';
import {
  useRemoveLogo,
  useSaveScopedTheme,
  useScopedTheme,
  useTenantDetail,
  useUploadLogo,
  type Theme,
} from './onboarding-api';
import type { TenantScope } from './tenant-scope';

const COLOR_FIELDS = ['primaryColor', 'primaryTextColor'] as const;
const MAX_LOGO_BYTES = 200 * 1024;

/** The colours the pages will show: an empty primary is the default, an empty text colour is chosen for contrast. */
function shownColors(primaryColor: string, primaryTextColor: string) {
  const primary = primaryColor.trim() || DEFAULT_PRIMARY_COLOR;
  return { primary, onPrimary: primaryTextColor.trim() || readableTextColor(primary) };
}

/** `#FFF` as `#ffffff`, the form the API stores; anything else as typed, for the API to name. */
const asSaved = (color: string) => normalizeHexColor(color) ?? color.trim();

/** A stored logo's address is on the tenant's own host; from another host it needs that host in front. */
function useLogoSource(scope: TenantScope, logoUrl: string | undefined): string {
  const detail = useTenantDetail(scope.kind === 'platform' ? scope.slug : '');
  if (!logoUrl) return '';
  if (scope.kind === 'own' || !logoUrl.startsWith('/')) return logoUrl;
  return detail.data ? `${detail.data.publicUrl}${logoUrl}` : '';
}

interface LogoFormProps {
  scope: TenantScope;
  theme: Theme;
  logoSource: string;
  announce: (message: string) => void;
}

function LogoForm({ scope, theme, logoSource, announce }: LogoFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [localProblem, setLocalProblem] = useState('');
  const upload = useUploadLogo(scope);
  const remove = useRemoveLogo(scope);
  const errors = localProblem ? [localProblem] : fieldErrors(upload.error, 'logo');
  return (
    <form
      className="theme-step__logo"
      aria-labelledby="logo-heading"
      onSubmit={(event) => {
        event.preventDefault();
        // The API refuses these too; saying so here spares sending a large file for nothing.
        if (!file) return setLocalProblem(t('logo.missing'));
        if (file.size > MAX_LOGO_BYTES)
          return setLocalProblem(t('logo.tooLarge', { size: Math.ceil(file.size / 1024) }));
        setLocalProblem('');
        upload.mutate(file, { onSuccess: () => announce(t('logo.uploaded')) });
      }}
    >
      <h2 id="logo-heading">{t('logo.heading')}</h2>
      {theme.logoUrl && logoSource ? (
        <p className="theme-step__current-logo">
          <img src={logoSource} alt={t('logo.current')} />
        </p>
      ) : (
        <p className="hint">{t('logo.none')}</p>
      )}
      <FormProblem error={localProblem ? null : upload.error} fields={['logo']} />
      <Field label={t('logo.file')} hint={t('logo.file.hint')} errors={errors}>
        <input
          id="theme-step-logo"
          type="file"
          accept="image/png,image/svg+xml,image/webp,.png,.svg,.webp"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={upload.isPending}>
          {t('logo.upload')}
        </button>
        {theme.logoUrl && (
          <button
            type="button"
            className="button button--danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(undefined, { onSuccess: () => announce(t('logo.removed')) })}
          >
            {t('logo.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

function ThemeForms({
  scope,
  theme,
  onDone,
  tenantName,
}: ThemeStepProps & { theme: Theme; tenantName?: string }) {
  const [primaryColor, setPrimaryColor] = useState(theme.primaryColor ?? '');
  const [primaryTextColor, setPrimaryTextColor] = useState(theme.primaryTextColor ?? '');
  const save = useSaveScopedTheme(scope);
  const { primary, onPrimary } = shownColors(primaryColor, primaryTextColor);
  const logoSource = useLogoSource(scope, theme.logoUrl);
  // One status line for the step, so screen readers hear each result once.
  const [message, setMessage] = useState('');

  return (
    <div className="theme-editor">
      <div className="theme-editor__form">
        <LogoForm scope={scope} theme={theme} logoSource={logoSource} announce={setMessage} />
        <form
          aria-labelledby="colors-heading"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { primaryColor: asSaved(primaryColor), primaryTextColor: asSaved(primaryTextColor) },
              {
                onSuccess: () => {
                  setMessage(t('colors.saved'));
                  onDone?.();
                },
              },
            );
          }}
        >
          <h2 id="colors-heading">{t('colors.heading')}</h2>
          <FormProblem error={save.error} fields={COLOR_FIELDS} />
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
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('colors.save')}
          </button>
        </form>
        <Announcement message={message} />
      </div>
      <div className="theme-editor__result">
        <ThemePreview
          primaryColor={primary}
          primaryTextColor={onPrimary}
          logoUrl={logoSource}
          tenantName={tenantName}
        />
        <h2>{adminText('theme.contrast.heading')}</h2>
        <ContrastReport primaryColor={primary} primaryTextColor={onPrimary} />
      </div>
    </div>
  );
}

interface ThemeStepProps {
  scope: TenantScope;
  /** Called once the colours are saved (the wizard moves on). */
  onDone?: () => void;
  /** The name shown in the preview when another tenant than the host's is set up. */
  tenantName?: string;
}

/**
 * The one theme editor: a logo uploaded as PNG, SVG or WebP, and colours measured against WCAG 2.1
 * AA as they are chosen (the API checks again on saving). Used by the platform's onboarding wizard
 * and by the tenant administrator's theme page.
 */
export function ThemeStep(props: ThemeStepProps) {
  const theme = useScopedTheme(props.scope);
  return <QueryResult query={theme}>{(data) => <ThemeForms {...props} theme={data} />}</QueryResult>;
}
