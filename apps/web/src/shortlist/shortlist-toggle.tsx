import { mayUse, useSession } from '../session/session';
import { t } from './messages';
import { MAX_OFFERS, shortlist, useShortlist } from './shortlist-store';

/** Staff add an offer to "min liste" where they find it; citizens never see the button. */
export function ShortlistToggle({ offerId, offerName }: { offerId: string; offerName: string }) {
  const { data: session } = useSession();
  const { ids, has } = useShortlist();
  if (!mayUse(session, 'shortlist')) return null;
  const listed = has(offerId);
  if (!listed && ids.length >= MAX_OFFERS) {
    return <p className="hint no-print">{t('toggle.full', { count: MAX_OFFERS })}</p>;
  }
  return (
    <button
      type="button"
      className={
        listed
          ? 'button shortlist-toggle shortlist-toggle--listed no-print'
          : 'button shortlist-toggle no-print'
      }
      aria-label={t(listed ? 'toggle.removeLabel' : 'toggle.addLabel', { name: offerName })}
      onClick={() => (listed ? shortlist.remove(offerId) : shortlist.add(offerId))}
    >
      {t(listed ? 'toggle.remove' : 'toggle.add')}
    </button>
  );
}
