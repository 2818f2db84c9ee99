import { Link } from 'react-router';
import { AreaGate } from '../areas/area-gate';
import { useDocumentTitle } from '../document/use-document-title';
import { formatDate } from '../i18n/format';
import { SharePanel } from '../share/share-panel';
import { LazyQrCode as QrCode } from '../share/lazy-qr-code';
import { useCurrentTenant } from '../tenant/tenant-context';
import { Handout } from './handout';
import { handoutUrl } from './handout-link';
import { t } from './messages';
import { shortlist, useShortlist } from './shortlist-store';

/** "Min liste": what a staff member collected, ready to print or hand over as a link. */
export function ShortlistPage() {
  return (
    <AreaGate area="shortlist">
      <Shortlist />
    </AreaGate>
  );
}

function Shortlist() {
  const tenant = useCurrentTenant();
  const { ids } = useShortlist();
  useDocumentTitle(t('list.title'));
  const url = handoutUrl(ids);
  return (
    <>
      <div className="no-print">
        <h1>{t('list.title')}</h1>
        <p className="lead">{t('list.intro')}</p>
      </div>
      {ids.length === 0 ? (
        <p>
          {t('list.empty')} <Link to="/sog">{t('list.find')}</Link>
        </p>
      ) : (
        <>
          <div className="print-only handout__header">
            <h1>{t('handout.title')}</h1>
            <p>{t('handout.intro')}</p>
          </div>
          <Handout
            ids={ids}
            actionsFor={(offer) => (
              <button
                type="button"
                className="button no-print"
                aria-label={t('list.removeLabel', { name: offer.name })}
                onClick={() => shortlist.remove(offer.id)}
              >
                {t('list.remove')}
              </button>
            )}
          />
          <div className="print-only handout__footer">
            <QrCode text={url} label={t('handout.scan')} pixels={96} />
            <p>{t('handout.scan')}</p>
            <p>{t('handout.printed', { date: formatDate(new Date().toISOString()), tenant: tenant.name })}</p>
          </div>
          <SharePanel url={url} name={t('list.shareName', { tenant: tenant.name })} />
          <p className="no-print">
            <button type="button" className="button" onClick={() => shortlist.clear()}>
              {t('list.clear')}
            </button>
          </p>
        </>
      )}
    </>
  );
}
