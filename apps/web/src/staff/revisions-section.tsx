import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { Pager, pageHref, pageOf } from '../layout/pager';
import type { Notice } from './action-notice';
import { t } from './messages';
import { RevisionItem } from './revision-item';
import { PAGE_SIZE, useOfferRevisions } from './staff-api';

/** Changes associations' members made to their offers, waiting for an editor's decision. */
export function RevisionsSection({ onDone }: { onDone: (notice: Notice) => void }) {
  const [params] = useSearchParams();
  const page = pageOf(params, 'rettelser');
  const revisions = useOfferRevisions(page);
  return (
    <section className="section" aria-labelledby="rettelser">
      <h2 id="rettelser">{t('revisions.title')}</h2>
      {revisions.isPending && <LoadingStatus />}
      {revisions.isError && <ErrorAlert error={revisions.error} level={2} />}
      {revisions.data?.items.length === 0 && <p>{t('revisions.none')}</p>}
      {revisions.data && revisions.data.items.length > 0 && (
        <ul className="results">
          {revisions.data.items.map((revision) => (
            <RevisionItem key={revision.id} revision={revision} onDone={onDone} />
          ))}
        </ul>
      )}
      {revisions.data && (
        <Pager
          page={page}
          total={revisions.data.total}
          size={PAGE_SIZE}
          hrefFor={(target) => pageHref(params, 'rettelser', target, '#rettelser')}
          label={t('revisions.pages')}
        />
      )}
    </section>
  );
}
