import type { Notice } from './action-notice';
import { DecisionSection } from './decision-section';
import { t } from './messages';
import { RevisionItem } from './revision-item';
import { useOfferRevisions } from './staff-api';

/** Changes associations' members made to their offers, waiting for an editor's decision. */
export function RevisionsSection({ onDone }: { onDone: (notice: Notice) => void }) {
  return (
    <DecisionSection
      anchor="rettelser"
      title={t('revisions.title')}
      none={t('revisions.none')}
      pagesLabel={t('revisions.pages')}
      usePageOf={useOfferRevisions}
      item={(revision) => <RevisionItem key={revision.id} revision={revision} onDone={onDone} />}
    />
  );
}
