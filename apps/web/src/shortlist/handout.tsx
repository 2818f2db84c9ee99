import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadingStatus } from '../feedback/loading-status';
import { ContactLinks } from '../offer/contact-links';
import { offerQuery, type Offer } from '../offer/offer-api';
import { priceText } from '../offer/price-text';
import { mapHref } from '../offer/map-link';
import { OfferOrigin, useOriginOnHost } from '../network/offer-origin';
import { addressLine, reachOf } from '../offer/reach';
import { whenText } from '../offer/schedule-text';
import { LazyQrCode as QrCode } from '../share/lazy-qr-code';
import { t } from './messages';

/** The offers of a list, in the list's order; ones that no longer exist are left out. */
export function useListedOffers(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => offerQuery(id)),
    combine: (results) => ({
      offers: results.flatMap((result) => (result.data ? [result.data] : [])),
      pending: results.some((result) => result.isPending),
      missing: results.filter((result) => result.isError).length,
    }),
  });
}

/** The public page of an offer, which its QR code carries and the paper prints in small type. */
export function offerPageUrl(id: string): string {
  return `${window.location.origin}/tilbud/${id}`;
}

function HandoutEntry({ offer, actions }: { offer: Offer; actions?: ReactNode }) {
  const location = offer.locations[0];
  const when = whenText(offer);
  const reach = reachOf(offer);
  const url = offerPageUrl(offer.id);
  const origin = useOriginOnHost(offer.tenant);
  return (
    <article className="handout__offer">
      <div className="handout__text">
        <h2>
          <Link to={`/tilbud/${offer.id}`}>{offer.name}</Link>
        </h2>
        <p className="handout__organization">
          {offer.organization.name}
          {/* A list may gather offers of several municipalities: each says whose it is, on paper too. */}
          {origin.named && (
            <>
              {' · '}
              <OfferOrigin tenant={offer.tenant} />
            </>
          )}
        </p>
        <p className="handout__summary">{offer.summary}</p>
        <ul className="handout__facts">
          {when && (
            <li>
              <strong>{t('handout.when')}:</strong> {when}
            </li>
          )}
          <li>
            <strong>{t('handout.price')}:</strong> {priceText(offer)}
          </li>
          {location && (
            <li>
              <strong>{t('handout.address')}:</strong>{' '}
              <a href={mapHref(location)} rel="noopener noreferrer" className="handout__address">
                {[location.name, addressLine(location)].filter(Boolean).join(', ')}
              </a>
            </li>
          )}
        </ul>
        <ContactLinks phone={reach.phone} email={reach.email} website={reach.website} />
        <p className="handout__url">{url.replace(/^https?:\/\//, '')}</p>
        {actions}
      </div>
      <QrCode text={url} label={t('handout.offerCode', { name: offer.name })} pixels={88} />
    </article>
  );
}

/** The one-page handout: the offers with how to reach them, laid out for print as for a screen. */
export function Handout({ ids, actionsFor }: { ids: string[]; actionsFor?: (offer: Offer) => ReactNode }) {
  const { offers, pending, missing } = useListedOffers(ids);
  if (pending && offers.length === 0) return <LoadingStatus />;
  return (
    <div className="handout">
      {missing > 0 && <p className="notice">{t('list.unavailable')}</p>}
      {offers.map((offer) => (
        <HandoutEntry key={offer.id} offer={offer} actions={actionsFor?.(offer)} />
      ))}
    </div>
  );
}
