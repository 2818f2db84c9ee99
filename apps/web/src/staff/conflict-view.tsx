import { useEffect, useRef } from 'react';
import { t } from './messages';
import { draftText } from './draft-text';
import { sameValue, type DraftField, type OfferDraft } from './offer-draft';
import { useOrganizationChoice } from './staff-api';
import { useTaxonomy } from '../taxonomy/use-taxonomy';

interface ConflictViewProps {
  mine: OfferDraft;
  theirs: OfferDraft;
  /** The fields the editor changed: what saving again would write. */
  changed: DraftField[];
  pending: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone saved the offer after this editor opened it. Side by side, the editor sees where the
 * two versions differ in what they changed, and chooses which one stands.
 */
export function ConflictView({ mine, theirs, changed, pending, onKeepMine, onUseTheirs }: ConflictViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const taxonomy = useTaxonomy();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const termNames = new Map(
    (taxonomy.data?.items ?? []).flatMap((vocabulary) =>
      vocabulary.terms.map((term) => [term.id, term.name] as const),
    ),
  );
  const associations = [
    useOrganizationChoice(mine.organizationId).data,
    useOrganizationChoice(theirs.organizationId).data,
  ];
  const names = {
    term: (id: string) => termNames.get(id) ?? id,
    organization: (id: string) => associations.find((association) => association?.id === id)?.name ?? id,
  };
  const shown = (draft: OfferDraft, field: DraftField) =>
    draftText(draft, field, names) || t('conflict.empty');
  const differing = changed.filter((field) => !sameValue(mine[field], theirs[field]));

  return (
    <section className="staff-conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.intro')}</p>
      {differing.length === 0 ? (
        <p>{t('conflict.noOverlap')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="conflict-heading">
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.mine')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((field) => (
                <tr key={field}>
                  <th scope="row">{t(`field.${field}`)}</th>
                  <td className="staff-conflict__value">{shown(mine, field)}</td>
                  <td className="staff-conflict__value">{shown(theirs, field)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="staff-actions">
        <button type="button" className="button button--primary" disabled={pending} onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" disabled={pending} onClick={onUseTheirs}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </section>
  );
}
