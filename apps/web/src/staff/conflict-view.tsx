import { t } from './messages';
import { draftText } from './draft-text';
import { sameValue, type DraftField, type OfferDraft } from './offer-draft';
import { useOrganizationChoice } from './staff-api';
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
