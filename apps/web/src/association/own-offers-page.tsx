import { Link } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { formatDate } from '../i18n/format';
import { useConfirmAll, useOwnOffers, type OwnOfferSummary } from './association-api';
import { t } from './messages';

function OwnOfferItem({ offer }: { offer: OwnOfferSummary }) {
  return (
    <li className="result">
      <h2 className="result__title">
        <Link to={`tilbud/${offer.id}`} aria-label={t('offers.edit', { name: offer.name })}>
          {offer.name}
        </Link>
      </h2>
      <p className="result__organization">
        {t(`status.${offer.status}`)} ·{' '}
        {offer.assuredDate
          ? t('offers.confirmedOn', { date: formatDate(offer.assuredDate) })
          : t('offers.neverConfirmed')}
      </p>
      {offer.staleSince && <p>{t('offers.stale')}</p>}
      {offer.inReview && <p>{t('offers.inReview')}</p>}
      {offer.linkProblems.length > 0 && (
        <>
          <p>{t('offers.brokenLinks')}</p>
          <ul>
            {offer.linkProblems.map((link) => (
              <li key={link.url}>
                <span className="staff-url">{link.url}</span>
                {link.reason ? ` (${link.reason})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** /min-forening — the association's own offers with their freshness, and "Bekræft alle". */
export function OwnOffersPage() {
  const offers = useOwnOffers();
  const confirmAll = useConfirmAll();
  useDocumentTitle(t('offers.title'));
  if (offers.isPending) return <LoadingStatus />;
  if (offers.isError) return <ErrorAlert error={offers.error} />;
  const { organization, items } = offers.data;
  return (
    <>
      <h1>
        {t('offers.title')}: {organization.name}
      </h1>
      <p className="lead">{t('offers.intro')}</p>
      <p>{organization.trusted ? t('offers.trusted') : t('offers.reviewed')}</p>
      <div role="status">
        {confirmAll.isSuccess && (
          <p className="notice notice--success">
            {t('offers.confirmed', { count: confirmAll.data.confirmed })}
          </p>
        )}
      </div>
      {confirmAll.isError && <ErrorAlert error={confirmAll.error} level={2} />}
      {items.length === 0 ? (
        <p>{t('offers.none')}</p>
      ) : (
        <>
          <p className="hint">{t('offers.confirmAllHint')}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={confirmAll.isPending}
            onClick={() => confirmAll.mutate()}
          >
            {t('offers.confirmAll')}
          </button>
          <ul className="results">
            {items.map((offer) => (
              <OwnOfferItem key={offer.id} offer={offer} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
