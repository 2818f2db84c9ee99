import { useState } from 'react';
import { QueryResult } from '../areas/query-result';
import { FieldErrorSummary } from '../staff/field-error-summary';
import { Field, fieldErrors } from '../forms/field';
import { t } from './messages';
import { useSaveStatement, useStatement, type GeneratedStatement, type Statement } from './onboarding-api';
import type { TenantScope } from './tenant-scope';

const COMPLIANCE = ['full', 'partial', 'none'] as const;
const EVALUATION = ['self', 'external', 'other'] as const;
type Mode = 'url' | 'generated';

/** The id of a field's control, so the error summary can lead to it. */
const controlId = (field: string) => `statement-${field.replace(/^generated\./, '')}`;

const today = () => new Date().toISOString().slice(0, 10);

function RadioGroup<Value extends string>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly Value[];
  value: Value;
  label: (option: Value) => string;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset className="admin-fieldset">
      <legend className="field__label">{legend}</legend>
      {options.map((option, index) => (
        <div key={option} className="check">
          <input
            id={index === 0 ? controlId(name) : `${controlId(name)}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={index === 0 ? controlId(name) : `${controlId(name)}-${option}`}>
            {label(option)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function StatementForm({
  scope,
  statement,
  onDone,
}: {
  scope: TenantScope;
  statement: Statement;
  onDone?: () => void;
}) {
  const [mode, setMode] = useState<Mode>(statement.generated ? 'generated' : 'url');
  const [url, setUrl] = useState(statement.url ?? '');
  const [details, setDetails] = useState<GeneratedStatement>(
    statement.generated ?? {
      compliance: 'partial',
      evaluation: 'self',
      evaluationNote: '',
      inaccessibleContent: '',
      preparedOn: today(),
      contactEmail: '',
      contactPhone: '',
    },
  );
  const save = useSaveStatement(scope);
  const set = (field: keyof GeneratedStatement) => (value: string) =>
    setDetails({ ...details, [field]: value });
  const errors = (field: string) => fieldErrors(save.error, mode === 'url' ? field : `generated.${field}`);
  const text = (
    field: 'evaluationNote' | 'inaccessibleContent' | 'contactEmail' | 'contactPhone' | 'preparedOn',
  ) => String(details[field] ?? '');

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          mode === 'url' ? { url: url.trim(), generated: null } : { url: null, generated: details },
          {
            onSuccess: () => onDone?.(),
          },
        );
      }}
    >
      <FieldErrorSummary
        error={save.error}
        heading={t('errors.heading')}
        locate={(field, message) => {
          const element = () => document.getElementById(controlId(field));
          return { href: `#${controlId(field)}`, text: message, focus: () => element()?.focus() };
        }}
      />
      <RadioGroup
        legend={t('statement.mode')}
        name="mode"
        options={['url', 'generated'] as const}
        value={mode}
        label={(option) => t(`statement.mode.${option}`)}
        onChange={setMode}
      />
      {mode === 'url' ? (
        <Field label={t('statement.url')} hint={t('statement.url.hint')} errors={errors('url')}>
          <input
            id={controlId('url')}
            type="url"
            inputMode="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </Field>
      ) : (
        <>
          <RadioGroup
            legend={t('statement.compliance')}
            name="compliance"
            options={COMPLIANCE}
            value={details.compliance}
            label={(option) => t(`statement.compliance.${option}`)}
            onChange={set('compliance')}
          />
          <RadioGroup
            legend={t('statement.evaluation')}
            name="evaluation"
            options={EVALUATION}
            value={details.evaluation}
            label={(option) => t(`statement.evaluation.${option}`)}
            onChange={set('evaluation')}
          />
          <Field
            label={t('statement.evaluationNote')}
            hint={t('statement.evaluationNote.hint')}
            errors={errors('evaluationNote')}
          >
            <textarea
              id={controlId('evaluationNote')}
              rows={2}
              value={text('evaluationNote')}
              onChange={(event) => set('evaluationNote')(event.target.value)}
            />
          </Field>
          <Field
            label={t('statement.inaccessibleContent')}
            hint={t('statement.inaccessibleContent.hint')}
            errors={errors('inaccessibleContent')}
          >
            <textarea
              id={controlId('inaccessibleContent')}
              rows={3}
              value={text('inaccessibleContent')}
              onChange={(event) => set('inaccessibleContent')(event.target.value)}
            />
          </Field>
          <Field label={t('statement.preparedOn')} errors={errors('preparedOn')}>
            <input
              id={controlId('preparedOn')}
              type="date"
              required
              value={text('preparedOn')}
              onChange={(event) => set('preparedOn')(event.target.value)}
            />
          </Field>
          <Field
            label={t('statement.contactEmail')}
            hint={t('statement.contactEmail.hint')}
            errors={errors('contactEmail')}
          >
            <input
              id={controlId('contactEmail')}
              type="email"
              required
              value={text('contactEmail')}
              onChange={(event) => set('contactEmail')(event.target.value)}
            />
          </Field>
          <Field
            label={t('statement.contactPhone')}
            hint={t('statement.contactPhone.hint')}
            errors={errors('contactPhone')}
          >
            <input
              id={controlId('contactPhone')}
              type="tel"
              required
              value={text('contactPhone')}
              onChange={(event) => set('contactPhone')(event.target.value)}
            />
          </Field>
        </>
      )}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t('statement.save')}
      </button>
      <p role="status" className={save.isSuccess ? 'notice notice--success' : undefined}>
        {save.isSuccess && save.data.address ? t('statement.saved', { address: save.data.address }) : ''}
      </p>
    </form>
  );
}

/**
 * The tenant's accessibility statement: the address of its own (the WAS-Tool's, normally), or the
 * details from which Socialkompas writes one at /tilgaengelighed, with the model statement's headings.
 */
export function AccessibilityStep({ scope, onDone }: { scope: TenantScope; onDone?: () => void }) {
  const statement = useStatement(scope);
  return (
    <QueryResult query={statement}>
      {(data) => <StatementForm scope={scope} statement={data} onDone={onDone} />}
    </QueryResult>
  );
}
