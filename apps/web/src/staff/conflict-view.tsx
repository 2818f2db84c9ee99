import { t } from './messages';
import { sameValue, type DraftField, type OfferDraft } from './offer-draft';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { ConflictPanel } from './conflict-panel';

interface ConflictViewProps {
  mine: OfferDraft;
  theirs: OfferDraft;
  /** The fields the editor changed: what saving again would write. */
  changed: DraftField[];
  pending: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Someone saved the offer after this editor opened it: the differences in what the editor changed. */
export function ConflictView({ mine, theirs, changed, ...choice }: ConflictViewProps) {
  const taxonomy = useTaxonomy();
  const termNames = new Map(
    (taxonomy.data?.items ?? []).flatMap((vocabulary) =>
      vocabulary.terms.map((term) => [term.id, term.name] as const),
    ),
  );
  const shown = (draft: OfferDraft, field: DraftField): string => {
    const value = draft[field];
    if (Array.isArray(value))
      return value.map((id) => termNames.get(id) ?? id).join(', ') || t('conflict.empty');
    if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
    return value || t('conflict.empty');
  };
  const rows = changed
    .filter((field) => !sameValue(mine[field], theirs[field]))
    .map((field) => ({
      key: field,
      label: t(`field.${field}`),
      mine: shown(mine, field),
      theirs: shown(theirs, field),
    }));
  return <ConflictPanel title={t('conflict.title')} intro={t('conflict.intro')} rows={rows} {...choice} />;
}
