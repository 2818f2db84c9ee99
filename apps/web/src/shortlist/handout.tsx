import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadingStatus } from '../feedback/loading-status';
import { ContactLinks } from '../offer/contact-links';
import { scheduleText } from '../offer/schedule-text';
import { offerQuery, type Offer } from '../offer/offer-api';
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

function HandoutEntry({ offer, actions }: { offer: Offer; actions?: ReactNode }) {
  const location = offer.locations[0];
  const when = offer.scheduleDescription || offer.schedules.map(scheduleText).join('; ');
  return (
    <article className="handout__offer">
      <h2>{offer.name}</h2>
      <p className="handout__organization">{offer.organization.name}</p>
      <p>{offer.summary}</p>
      {when && <p>{when}</p>}
      {location && (
        <p>
          {[location.name, location.address1, `${location.postalCode} ${location.city}`]
            .filter(Boolean)
            .join(', ')}
        </p>
      )}
      <ContactLinks
        phone={offer.contacts[0]?.phone ?? offer.phone ?? offer.organization.phone}
        email={offer.contacts[0]?.email ?? offer.email ?? offer.organization.email}
        website={offer.url ?? offer.organization.website}
      />
      {actions}
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
