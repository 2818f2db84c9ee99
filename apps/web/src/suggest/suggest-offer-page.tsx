import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { api, unwrap } from '../api/client';
import type { RequestBodyOf } from '../api/types';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { Field, fieldErrors } from '../forms/field';
import { termsOf, useTaxonomy } from '../taxonomy/use-taxonomy';
import { t } from './messages';

type Suggestion = RequestBodyOf<'/api/v1/offer-suggestions', 'post'>;
type TextField =
  | 'name'
  | 'description'
  | 'organizationName'
  | 'contactName'
  | 'email'
  | 'phone'
  | 'website'
  | 'where'
  | 'when';
type TermField = 'challenge' | 'target_group';

const EMPTY: Record<TextField, string> = {
  name: '',
  description: '',
  organizationName: '',
  contactName: '',
  email: '',
  phone: '',
  website: '',
  where: '',
  when: '',
};

/** What is sent: empty optional fields are left out rather than sent as "". */
function suggestionOf(
  text: Record<TextField, string>,
  terms: Record<TermField, string[]>,
  trap: string,
): Suggestion {
  const filled = Object.fromEntries(Object.entries(text).filter(([, value]) => value.trim() !== ''));
  return {
    ...(filled as Pick<Suggestion, 'name' | 'description' | 'organizationName' | 'contactName'>),
    terms,
    ...(trap ? { website_url_confirm: trap } : {}),
  };
}

function TermChoices({
  legend,
  field,
  chosen,
  onToggle,
}: {
  legend: string;
  field: TermField;
  chosen: string[];
  onToggle: (code: string) => void;
}) {
  const { data } = useTaxonomy();
  const terms = termsOf(data, field);
  if (terms.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__terms suggest__terms">
        {terms.map((term) => (
          <li key={term.code}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.includes(term.code)}
                onChange={() => onToggle(term.code)}
              />
              <span>{term.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Associations suggest a new offer; it goes to the editors for review, never straight to the public. */
export function SuggestOfferPage() {
  useDocumentTitle(t('title'));
  const [text, setText] = useState(EMPTY);
  const [terms, setTerms] = useState<Record<TermField, string[]>>({ challenge: [], target_group: [] });
  const [trap, setTrap] = useState('');
  const [contactMissing, setContactMissing] = useState(false);
  const emailId = useId();
  const send = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/offer-suggestions', { body: suggestionOf(text, terms, trap) })),
  });

  const bind = (field: TextField) => ({
    value: text[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setText({ ...text, [field]: event.target.value }),
  });
  const errorsOf = (field: string) => fieldErrors(send.error, field);
  const toggle = (field: TermField) => (code: string) =>
    setTerms({
      ...terms,
      [field]: terms[field].includes(code)
        ? terms[field].filter((entry) => entry !== code)
        : [...terms[field], code],
    });

  if (send.isSuccess) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p role="status" className="notice notice--success">
          {t('sent')}
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form
        className="suggest"
        // The browser checks required fields and formats first: every refused attempt would
        // count against the hourly limit of suggestions from this address.
        onSubmit={(event) => {
          event.preventDefault();
          const noContact = !text.email.trim() && !text.phone.trim();
          setContactMissing(noContact);
          if (noContact) document.getElementById(emailId)?.focus();
          else send.mutate();
        }}
      >
        {send.isError && <ErrorAlert error={send.error} level={2} />}
        <h2>{t('aboutOffer')}</h2>
        <Field label={t('name')} errors={errorsOf('name')}>
          <input required maxLength={200} {...bind('name')} />
        </Field>
        <Field label={t('description')} hint={t('descriptionHint')} errors={errorsOf('description')}>
          <textarea required rows={5} maxLength={5000} {...bind('description')} />
        </Field>
        <Field label={t('where')} hint={t('whereHint')} errors={errorsOf('where')}>
          <input maxLength={500} {...bind('where')} />
        </Field>
        <Field label={t('when')} hint={t('whenHint')} errors={errorsOf('when')}>
          <input maxLength={1000} {...bind('when')} />
        </Field>
        <TermChoices
          legend={t('challenges')}
          field="challenge"
          chosen={terms.challenge}
          onToggle={toggle('challenge')}
        />
        <TermChoices
          legend={t('targetGroups')}
          field="target_group"
          chosen={terms.target_group}
          onToggle={toggle('target_group')}
        />

        <h2>{t('aboutYou')}</h2>
        <Field label={t('organizationName')} errors={errorsOf('organizationName')}>
          <input required autoComplete="organization" maxLength={200} {...bind('organizationName')} />
        </Field>
        <Field label={t('contactName')} errors={errorsOf('contactName')}>
          <input required autoComplete="name" maxLength={200} {...bind('contactName')} />
        </Field>
        <p className="hint">{t('contactHint')}</p>
        <Field
          label={t('email')}
          errors={[...(contactMissing ? [t('contactHint')] : []), ...errorsOf('email')]}
        >
          <input id={emailId} type="email" autoComplete="email" {...bind('email')} />
        </Field>
        <Field label={t('phone')} errors={errorsOf('phone')}>
          <input type="tel" autoComplete="tel" {...bind('phone')} />
        </Field>
        <Field label={t('website')} errors={errorsOf('website')}>
          <input type="url" autoComplete="url" {...bind('website')} />
        </Field>
        {/* A field people never see or reach; bots that fill every field give themselves away. */}
        <div className="trap" aria-hidden="true">
          <label>
            {t('trap')}
            <input
              tabIndex={-1}
              autoComplete="off"
              value={trap}
              onChange={(event) => setTrap(event.target.value)}
            />
          </label>
        </div>
        <p className="hint">{t('privacy')}</p>
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
