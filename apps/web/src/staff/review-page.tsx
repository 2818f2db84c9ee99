import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { ActionNotice, type Notice } from './action-notice';
import { t } from './messages';
import { ReviewItem } from './review-item';
import { PAGE_SIZE, useOfferList } from './staff-api';
import { AccessRequestsSection } from './access-requests-section';
import { RevisionsSection } from './revisions-section';
import { SuggestionsSection } from './suggestions-section';
import { Pager, pageHref, pageOf } from '../layout/pager';

/**
 * /personale/godkendelse — offers submitted for review, associations' corrections of their offers,
 * suggested new offers and requests for access, to decide one by one.
 */
export function ReviewPage() {
  const [params] = useSearchParams();
  const page = pageOf(params);
  const offers = useOfferList({ status: 'in_review', page, size: PAGE_SIZE });
  const [notice, setNotice] = useState<Notice>();
  useDocumentTitle(t('review.title'));
  return (
    <>
      <h1>{t('review.title')}</h1>
      <ActionNotice notice={notice} />
      <section className="section" aria-labelledby="review-offers">
        <h2 id="review-offers">{t('review.offers')}</h2>
        {offers.isPending && <LoadingStatus />}
        {offers.isError && <ErrorAlert error={offers.error} level={2} />}
        {offers.data?.items.length === 0 && <p>{t('review.none')}</p>}
        {offers.data && offers.data.items.length > 0 && (
          <>
            <ul className="results">
              {offers.data.items.map((offer) => (
                <ReviewItem key={offer.id} offer={offer} onDone={setNotice} />
              ))}
            </ul>
            <Pager
              page={page}
              total={offers.data.total}
              size={PAGE_SIZE}
              hrefFor={(target) => pageHref(params, 'page', target)}
              label={t('review.pages')}
            />
          </>
        )}
      </section>
      <RevisionsSection onDone={setNotice} />
      <SuggestionsSection onDone={setNotice} />
      <AccessRequestsSection onDone={setNotice} />
    </>
  );
}
