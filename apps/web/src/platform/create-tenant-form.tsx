import { useState } from 'react';
import { Field, fieldErrors } from '../forms/field';
import { FormProblem } from '../areas/form-problem';
import { t } from './messages';
import {
  useCreateTenant,
  type PlatformTenant,
  type ProvisioningResult,
  type TenantKind,
} from './platform-api';
import { slugFromName } from './slug-from-name';

const FIELDS = ['slug', 'name', 'kind', 'domains', 'region'] as const;
const KINDS: TenantKind[] = ['municipality', 'region'];

/** Host names typed one a line (or separated by commas or spaces). */
function hostsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * The wizard's first step: onboards a municipality or region, its short name suggested from the
 * name as it is typed until it is edited by hand. Sending an existing slug again adds what is
 * missing, e.g. a domain or the region a municipality belongs to.
 */
export function CreateTenantForm({
  regions,
  onCreated,
}: {
  regions: PlatformTenant[];
  onCreated: (result: ProvisioningResult, message: string) => void;
}) {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  // Until the short name is typed by hand, it follows the name.
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<TenantKind>('municipality');
  const [region, setRegion] = useState('');
  const [domains, setDomains] = useState('');
  const create = useCreateTenant();
  const errors = (field: (typeof FIELDS)[number]) => fieldErrors(create.error, field);

  return (
    <form
      className="callout"
      aria-labelledby="create-tenant-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const hosts = hostsOf(domains);
        create.mutate(
          {
            name: name.trim(),
            slug: slug.trim(),
            kind,
            ...(hosts.length > 0 && { domains: hosts }),
            ...(kind === 'municipality' && region && { region }),
          },
          {
            onSuccess: (result) => {
              onCreated(
                result,
                t(result.created ? 'create.created' : 'create.updated', { name: result.tenant.name }),
              );
            },
          },
        );
      }}
    >
      <h2 id="create-tenant-heading">{t('create.heading')}</h2>
      <p className="hint">{t('create.intro')}</p>
      <FormProblem error={create.error} fields={FIELDS} />
      <Field label={t('tenant.name')} hint={t('tenant.name.hint')} errors={errors('name')}>
        <input
          type="text"
          required
          minLength={2}
          maxLength={200}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugFromName(event.target.value));
          }}
        />
      </Field>
      <Field label={t('tenant.slug')} hint={t('tenant.slug.hint')} errors={errors('slug')}>
        <input
          type="text"
          required
          autoComplete="off"
          spellCheck={false}
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
        />
      </Field>
      <fieldset className={errors('kind').length > 0 ? 'admin-fieldset field--invalid' : 'admin-fieldset'}>
        <legend className="field__label">{t('tenant.kind')}</legend>
        {errors('kind').length > 0 && <p className="field__error">{errors('kind').join(' ')}</p>}
        {KINDS.map((option) => (
          <div key={option} className="check">
            <input
              id={`tenant-kind-${option}`}
              type="radio"
              name="kind"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <label htmlFor={`tenant-kind-${option}`}>{t(`kind.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'municipality' && (
        <Field label={t('tenant.region')} hint={t('tenant.region.hint')} errors={errors('region')}>
          <select value={region} onChange={(event) => setRegion(event.target.value)}>
            <option value="">{t('tenant.region.none')}</option>
            {regions.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('tenant.domains')} hint={t('tenant.domains.hint')} errors={errors('domains')}>
        <textarea
          rows={3}
          spellCheck={false}
          value={domains}
          onChange={(event) => setDomains(event.target.value)}
        />
      </Field>
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {t('create.submit')}
      </button>
    </form>
  );
}
