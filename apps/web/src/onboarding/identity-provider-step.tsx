import { useState, type FormEvent } from 'react';
import { Announcement } from '../areas/announcement';
import { FormProblem } from '../areas/form-problem';
import { QueryResult } from '../areas/query-result';
import { Field, fieldErrors } from '../forms/field';
import { formatDateTime } from '../i18n/format';
import { FieldErrorSummary } from '../staff/field-error-summary';
import {
  useDevelopmentIdp,
  useOidcConfig,
  useOidcRegistration,
  useSaveOidc,
  useTestOidc,
  type OidcConfig,
  type OidcPreset,
  type OidcRegistration,
} from './identity-provider-api';
import { t } from './identity-provider-messages';
import { issuerFits, TYPED_PRESETS } from './identity-provider-presets';
import { IdentityProviderRegistration } from './identity-provider-registration';
import { IdentityProviderReport } from './identity-provider-report';
import type { TenantScope } from './tenant-scope';

/** The form's controls by the API's field names, for the error summary's links. */
const CONTROL_IDS: Record<string, string> = {
  preset: 'idp-preset-entra_id',
  issuer: 'idp-issuer',
  clientId: 'idp-client-id',
  clientSecret: 'idp-client-secret',
};
const FIELDS = Object.keys(CONTROL_IDS);

interface StepProps {
  scope: TenantScope;
  onDone?: () => void;
}

/**
 * The identity provider step: a preset, the issuer, client id and secret (never shown again),
 * "Test forbindelse" with the API's report in Danish, and save. Serves the platform's wizard
 * (scope platform) and the tenant administrator's /admin/login (scope own).
 */
export function IdentityProviderStep({ scope, onDone }: StepProps) {
  const config = useOidcConfig(scope);
  const registration = useOidcRegistration(scope);
  return (
    <QueryResult query={config}>
      {(saved) => (
        <QueryResult query={registration}>
          {(addresses) => (
            <IdentityProviderForm scope={scope} saved={saved} registration={addresses} onDone={onDone} />
          )}
        </QueryResult>
      )}
    </QueryResult>
  );
}

function IdentityProviderForm({
  scope,
  saved,
  registration,
  onDone,
}: StepProps & { saved: OidcConfig | null; registration: OidcRegistration }) {
  const offersDevelopment = scope.kind === 'platform' && registration.developmentIdpAvailable;
  const presets: OidcPreset[] = offersDevelopment ? [...TYPED_PRESETS, 'development'] : [...TYPED_PRESETS];
  const [preset, setPreset] = useState<OidcPreset>(
    saved && presets.includes(saved.preset) ? saved.preset : 'entra_id',
  );
  const typedSaved = saved && saved.preset !== 'development' ? saved : null;
  const [issuer, setIssuer] = useState(typedSaved?.issuer ?? '');
  const [clientId, setClientId] = useState(typedSaved?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [issuerProblem, setIssuerProblem] = useState('');
  const save = useSaveOidc(scope);
  const test = useTestOidc(scope);
  const development = useDevelopmentIdp(scope.kind === 'platform' ? scope.slug : '');

  /** The issuer's form for the chosen preset, checked here before the API is asked. */
  const issuerFitsPreset = () => {
    if (preset === 'development' || issuerFits(preset, issuer)) {
      setIssuerProblem('');
      return true;
    }
    setIssuerProblem(
      t('idp.issuer.form', { preset: t(`idp.preset.${preset}`), hint: t(`idp.preset.${preset}.hint`) }),
    );
    document.getElementById(CONTROL_IDS.issuer)?.focus();
    return false;
  };

  const onTest = () => {
    if (issuerFitsPreset() && preset !== 'development') test.mutate({ issuer: issuer.trim(), preset });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (preset === 'development') {
      development.mutate(undefined, { onSuccess: () => onDone?.() });
      return;
    }
    if (!issuerFitsPreset()) return;
    save.mutate(
      {
        preset,
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        clientSecret: clientSecret || undefined,
        // What this form does not show is kept as saved.
        scopes: typedSaved?.scopes,
        claimMapping: typedSaved?.claimMapping,
        selfProvisioning: typedSaved?.selfProvisioning,
        allowedOrigins: typedSaved?.allowedOrigins,
      },
      {
        onSuccess: () => {
          setClientSecret('');
          // The saved configuration is tested at once, so its result is kept and the checklist can say "testet".
          test.mutate({}, { onSettled: () => onDone?.() });
        },
      },
    );
  };

  const errorsOf = (field: string) => fieldErrors(save.error, field);
  const lastTest = saved?.lastTest;

  return (
    <form onSubmit={onSubmit} noValidate>
      <FieldErrorSummary
        error={save.error}
        heading={t('idp.errorSummary')}
        locate={(field, message) =>
          CONTROL_IDS[field]
            ? {
                href: `#${CONTROL_IDS[field]}`,
                text: message,
                focus: () => document.getElementById(CONTROL_IDS[field])?.focus(),
              }
            : undefined
        }
      />
      <FormProblem error={save.error} fields={FIELDS} />
      <FormProblem error={development.error} fields={[]} />

      <fieldset
        className={errorsOf('preset').length > 0 ? 'admin-fieldset field--invalid' : 'admin-fieldset'}
      >
        <legend className="field__label">{t('idp.preset')}</legend>
        {errorsOf('preset').length > 0 && <p className="field__error">{errorsOf('preset').join(' ')}</p>}
        {presets.map((choice) => (
          <div key={choice} className="check">
            <input
              type="radio"
              id={`idp-preset-${choice}`}
              name="preset"
              value={choice}
              checked={preset === choice}
              onChange={() => {
                setPreset(choice);
                setIssuerProblem('');
              }}
            />
            <label htmlFor={`idp-preset-${choice}`}>{t(`idp.preset.${choice}`)}</label>
          </div>
        ))}
      </fieldset>
      {preset === 'development' && <p className="hint">{t('idp.preset.development.hint')}</p>}

      {preset === 'development' ? (
        <button type="submit" className="button button--primary" disabled={development.isPending}>
          {t('idp.useDevelopment')}
        </button>
      ) : (
        <>
          <Field
            label={t('idp.issuer')}
            hint={t(`idp.preset.${preset}.hint`)}
            errors={issuerProblem ? [issuerProblem] : errorsOf('issuer')}
          >
            <input
              id={CONTROL_IDS.issuer}
              name="issuer"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              required
              value={issuer}
              onChange={(event) => setIssuer(event.target.value)}
            />
          </Field>
          <Field label={t('idp.clientId')} hint={t('idp.clientId.hint')} errors={errorsOf('clientId')}>
            <input
              id={CONTROL_IDS.clientId}
              name="clientId"
              autoComplete="off"
              spellCheck={false}
              required
              value={clientId}
              onChange={(event) => setClientId(event.target.value)}
            />
          </Field>
          <Field
            label={t('idp.clientSecret')}
            hint={`${t('idp.clientSecret.hint')}${typedSaved ? ` ${t('idp.clientSecret.keep')}` : ''}`}
            errors={errorsOf('clientSecret')}
          >
            <input
              id={CONTROL_IDS.clientSecret}
              name="clientSecret"
              type="password"
              autoComplete="new-password"
              value={clientSecret}
              onChange={(event) => setClientSecret(event.target.value)}
            />
          </Field>

          <IdentityProviderRegistration registration={registration} />

          {lastTest && (
            <p>
              {t(lastTest.ok ? 'idp.lastTest.ok' : 'idp.lastTest.failed', {
                at: formatDateTime(lastTest.at),
              })}
            </p>
          )}
          <p className="idp-actions">
            <button type="button" className="button" onClick={onTest} disabled={test.isPending}>
              {test.isPending ? t('idp.testing') : t('idp.test')}
            </button>{' '}
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {t('idp.save')}
            </button>
          </p>
          <FormProblem error={test.error} fields={[]} />
          {test.data && <IdentityProviderReport report={test.data} />}
        </>
      )}
      <Announcement
        message={save.isSuccess ? t('idp.saved') : development.isSuccess ? t('idp.developmentSaved') : ''}
      />
    </form>
  );
}
