import { Link, useLocation, useParams } from 'react-router';
import { QueryResult } from '../areas/query-result';
import { useDocumentTitle } from '../document/use-document-title';
import { t } from './messages';
import { OfferAboutSection } from './offer-about-section';
import { OfferAudienceSection } from './offer-audience-section';
import { OfferContactSection } from './offer-contact-section';
import { OfferFacts } from './offer-facts';
import { OfferPlacesSection } from './offer-places-section';
import { OfferScheduleSection } from './offer-schedule-section';
import { useMunicipalityName, useMunicipalityOffer, type RegionOffer } from './region-api';
import type { RegionOfferLinkState } from './region-search-page';

function RegionOfferView({ offer, municipality }: { offer: RegionOffer; municipality: string }) {
  useDocumentTitle(offer.name);
  return (
    <article>
      <h1>{offer.name}</h1>
      <p className="notice">{t('offer.readOnly')}</p>
      <OfferFacts offer={offer} municipality={municipality} />
      <OfferAboutSection offer={offer} />
      <OfferAudienceSection offer={offer} />
      <OfferScheduleSection offer={offer} />
      <OfferPlacesSection offer={offer} />
      <OfferContactSection offer={offer} />
    </article>
  );
}

/** /region/:slug/:id — an offer of the region or one of its municipalities, read-only, in any status. */
export function RegionOfferPage() {
  const { slug = '', id = '' } = useParams();
  const offer = useMunicipalityOffer(slug, id);
  const municipality = useMunicipalityName(slug);
  // Back to the search the offer was opened from, its words and filters kept.
  const from = (useLocation().state as RegionOfferLinkState | null)?.search;
  return (
    <>
      <p>
        <Link to={from ? `/region?${from}` : '/region'}>{t('offer.back')}</Link>
      </p>
      <QueryResult query={offer} level={1}>
        {(data) => <RegionOfferView offer={data} municipality={municipality} />}
      </QueryResult>
    </>
  );
}
