import type { FormEvent } from 'react';
import { Field, fieldErrors, FieldNotes } from '../forms/field';
import { useSaveSettings, type Settings, type SettingsChanges } from './admin-api';
import { Announcement } from '../areas/announcement';
import { FormProblem } from '../areas/form-problem';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t } from './messages';

type SettingName = Exclude<keyof SettingsChanges, 'hideStale' | 'nearbyOffers'>;
type NearbyOffers = Settings['search']['nearbyOffers'];
const NEARBY_OFFERS = ['off', 'region', 'all'] as const satisfies readonly NearbyOffers[];

interface SettingInput {
  name: SettingName;
  type: 'number' | 'time' | 'url' | 'email' | 'tel';
  min?: number;
  max?: number;
}

/** The settings in groups, each field with its label and hint named after it in messages.ts. */
const GROUPS = [
  {
    legend: 'settings.freshness',
    fields: [
      { name: 'staleAfterDays', type: 'number', min: 7, max: 1095 },
      { name: 'graceDays', type: 'number', min: 1, max: 180 },
    ],
  },
  {
    legend: 'settings.jobs',
    fields: [
      { name: 'linkCheckAt', type: 'time' },
      { name: 'freshnessAt', type: 'time' },
    ],
  },
  {
    legend: 'settings.contact',
    fields: [
      { name: 'accessibilityStatementUrl', type: 'url' },
      { name: 'contactEmail', type: 'email' },
      { name: 'contactPhone', type: 'tel' },
    ],
  },
] as const satisfies readonly { legend: string; fields: readonly SettingInput[] }[];

const FIELDS = [
  'hideStale',
  'nearbyOffers',
  ...GROUPS.flatMap((group) => group.fields.map((field) => field.name)),
];

/** What the form holds, as the API takes it. Empty contact fields clear the detail from the footer. */
function changesOf(form: HTMLFormElement): SettingsChanges {
  const data = new FormData(form);
  const text = (name: SettingName) => String(data.get(name) ?? '').trim();
  const days = (name: SettingName) => (text(name) === '' ? undefined : Number(text(name)));
  const nearby = NEARBY_OFFERS.find((choice) => choice === data.get('nearbyOffers'));
  return {
    staleAfterDays: days('staleAfterDays'),
    graceDays: days('graceDays'),
    hideStale: data.get('hideStale') === 'on',
    linkCheckAt: text('linkCheckAt'),
    freshnessAt: text('freshnessAt'),
    accessibilityStatementUrl: text('accessibilityStatementUrl'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    nearbyOffers: nearby,
  };
}

/**
 * The tenant's freshness rules, job times, the contact details of the public footer, and (for a
 * municipality, whose place searches it widens) whether other municipalities' offers show nearby.
 */
export function SettingsForm({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const { kind } = useCurrentTenant();
  const saved = { ...settings.freshness, ...settings.publicContact };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(changesOf(event.currentTarget));
  };

  return (
    <form onSubmit={onSubmit}>
      <FormProblem error={save.error} fields={FIELDS} />
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="admin-fieldset">
          <legend>{t(group.legend)}</legend>
          {group.fields.map((field) => (
            <Field
              key={field.name}
              label={t(`settings.${field.name}`)}
              hint={t(`settings.${field.name}.hint`)}
              errors={fieldErrors(save.error, field.name)}
            >
              <input
                name={field.name}
                type={field.type}
                min={'min' in field ? field.min : undefined}
                max={'max' in field ? field.max : undefined}
                required={field.type === 'number' || field.type === 'time'}
                autoComplete="off"
                defaultValue={saved[field.name] ?? ''}
              />
            </Field>
          ))}
          {group.legend === 'settings.freshness' && (
            <Field
              label={t('settings.hideStale')}
              hint={t('settings.hideStale.hint')}
              errors={fieldErrors(save.error, 'hideStale')}
            >
              <input name="hideStale" type="checkbox" defaultChecked={settings.freshness.hideStale} />
            </Field>
          )}
        </fieldset>
      ))}
      {kind === 'municipality' && (
        <NearbyOffersChoice saved={settings.search.nearbyOffers} error={save.error} />
      )}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t('settings.save')}
      </button>
      <Announcement message={save.isSuccess ? t('settings.saved') : ''} />
    </form>
  );
}

/** How far a place search reaches: one radio button per choice, in a group with its hint. */
function NearbyOffersChoice({ saved, error }: { saved: NearbyOffers; error: unknown }) {
  const errors = fieldErrors(error, 'nearbyOffers');
  return (
    <fieldset
      className={errors.length > 0 ? 'admin-fieldset field--invalid' : 'admin-fieldset'}
      aria-describedby="nearby-offers-hint"
    >
      <legend>{t('settings.nearbyOffers')}</legend>
      <FieldNotes
        hint={t('settings.nearbyOffers.hint')}
        hintId="nearby-offers-hint"
        errors={errors}
        errorId="nearby-offers-error"
      />
      {NEARBY_OFFERS.map((choice) => (
        <div key={choice} className="check">
          <input
            id={`nearby-offers-${choice}`}
            type="radio"
            name="nearbyOffers"
            value={choice}
            defaultChecked={saved === choice}
          />
          <label htmlFor={`nearby-offers-${choice}`}>{t(`settings.nearbyOffers.${choice}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
