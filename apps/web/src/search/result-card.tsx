import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ShortlistToggle } from '../shortlist/shortlist-toggle';
import { formatNumber } from '../i18n/format';
import { OfferOrigin, useOriginOnHost } from '../network/offer-origin';
import { t } from './messages';
import { Snippet } from './snippet';
import type { SearchHit } from './search-api';
import { ageRangeText } from '../offer/age-range';
import { priceText } from '../offer/price-text';
import { whenText } from '../offer/schedule-text';

/**
 * One offer in the results: enough to choose whether to open it, and whose it is when not the
 * host's. Staff areas that search the same way open their own page of the offer, add their own
 * tags (its status) and have no "Min liste".
 */
export function ResultCard({
  hit,
  href = `/tilbud/${hit.id}`,
  linkState,
  tags,
  shortlist = true,
}: {
  hit: SearchHit;
  href?: string;
  /** Handed to the offer's page with the link (e.g. the search to go back to). */
  linkState?: unknown;
  tags?: ReactNode;
  shortlist?: boolean;
}) {
  const origin = useOriginOnHost(hit.tenant);
  const place = hit.locations[0];
  const ages = ageRangeText(hit.minimumAge, hit.maximumAge);
  const online = hit.attendingTypes.includes('online');
  const when = whenText(hit);
  return (
    <article className="result">
      <h3 className="result__title">
        <Link to={href} state={linkState}>
          {hit.name}
        </Link>
      </h3>
      <p className="result__organization">{t('search.by', { organization: hit.organization.name })}</p>
      {origin.named && (
        <p className="result__origin">
          <OfferOrigin tenant={hit.tenant} />
        </p>
      )}
      <p className="result__summary">{hit.snippet ? <Snippet html={hit.snippet} /> : hit.summary}</p>
      {when && <p className="result__when">{when}</p>}
      <ul className="tags" aria-label={hit.name}>
        {tags}
        <li className="tag">{priceText(hit)}</li>
        {online && <li className="tag">{t('search.online')}</li>}
        {ages && <li className="tag">{ages}</li>}
        {place && <li className="tag">{[place.postalCode, place.city].filter(Boolean).join(' ')}</li>}
        {hit.distanceKm !== null && hit.distanceKm !== undefined && (
          <li className="tag">{t('search.distance', { km: formatNumber(hit.distanceKm) })}</li>
        )}
      </ul>
      {shortlist && <ShortlistToggle offerId={hit.id} offerName={hit.name} />}
    </article>
  );
}
