import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { ApiError } from '../http/problem';
import { formatDate, languageName } from '../i18n/format';
import { t as networkText } from '../network/messages';
import { homeHref, OfferOrigin, useOriginOnHost } from '../network/offer-origin';
import { useSearchHref } from '../search/search-place';
import { SharePanel } from '../share/share-panel';
import { ShortlistToggle } from '../shortlist/shortlist-toggle';
import { ageRangeText } from './age-range';
import { ContactLinks, telHref } from './contact-links';
import { mapHref } from './map-link';
import { t } from './messages';
import { useOffer, type Offer } from './offer-api';
import { priceText } from './price-text';
import { reachOf } from './reach';
import { ReportAtHome, ReportErrorForm } from './report-error-form';
import { scheduleText } from './schedule-text';

type Location = Offer['locations'][number];

function LocationBlock({ location }: { location: Location }) {
  const place = location.name || location.address1;
  return (
    <div className="location">
      <address>
        {location.name && (
          <>
            <strong>{location.name}</strong>
            <br />
          </>
        )}
        {location.address1}
        <br />
        {location.postalCode} {location.city}
      </address>
      <p>
        <a href={mapHref(location)} rel="noopener noreferrer">
          {t('offer.map', { place })}
        </a>
      </p>
      {location.accessibility && (
        <p>
          <strong>{t('offer.accessibility')}:</strong> {location.accessibility}
        </p>
      )}
      {location.transportation && (
        <p>
          <strong>{t('offer.transport')}:</strong> {location.transportation}
        </p>
      )}
    </div>
  );
}

/**
 * How to get in touch, right under the summary: on a phone a "Ring" button is the first thing to
 * reach for, before all the details.
 */
function OfferContact({ offer }: { offer: Offer }) {
  const { phone } = reachOf(offer);
  return (
    <section aria-labelledby="offer-contact" className="offer__contact">
      <h2 id="offer-contact">{t('offer.contact')}</h2>
      {phone && (
        <p className="call-button no-print">
          <a
            className="button button--primary"
            href={telHref(phone)}
            aria-label={t('offer.callLabel', { name: offer.organization.name, number: phone })}
          >
            {t('offer.call')}
          </a>
        </p>
      )}
      {offer.contacts.map((contact) => (
        <div key={contact.id} className="contact">
          <p>
            <strong>{contact.name}</strong>
            {contact.title && `, ${contact.title}`}
          </p>
          <ContactLinks phone={contact.phone} email={contact.email} />
        </div>
      ))}
      <ContactLinks
        phone={offer.phone ?? (offer.contacts.length === 0 ? offer.organization.phone : null)}
        email={offer.email ?? (offer.contacts.length === 0 ? offer.organization.email : null)}
        website={offer.url ?? offer.organization.website}
      />
    </section>
  );
}

/**
 * An offer of another municipality (region, the nation) opens here, on the host the citizen
 * started from, and says whose it is with a way to its page on its own site.
 */
function OfferHome({ offer }: { offer: Offer }) {
  const origin = useOriginOnHost(offer.tenant);
  if (!origin.named) return null;
  return (
    <p className="offer__origin">
      <OfferOrigin tenant={offer.tenant} />
      {origin.elsewhere && (
        <>
          {' '}
          <a href={homeHref(offer.tenant, `/tilbud/${offer.id}`)}>
            {networkText('origin.seeAt', { name: offer.tenant.name })}
          </a>
        </>
      )}
    </p>
  );
}

/** The association's page: here for the host's own offers, on the offer's own site for another's. */
function useOrganizationHref(offer: Offer): string {
  const path = `/forening/${offer.organization.id}`;
  return useOriginOnHost(offer.tenant).elsewhere ? homeHref(offer.tenant, path) : path;
}

function OfferDetails({ offer }: { offer: Offer }) {
  const organizationHref = useOrganizationHref(offer);
  const ages = ageRangeText(offer.minimumAge, offer.maximumAge);
  const targetGroups = offer.terms.target_group ?? [];
  const topics = [...(offer.terms.challenge ?? []), ...(offer.terms.activity ?? [])];
  const online = offer.attendingTypes.includes('online');
  return (
    <article className="offer">
      <h1>{offer.name}</h1>
      <p className="offer__organization">
        {t('offer.by')} <Link to={organizationHref}>{offer.organization.name}</Link>
      </p>
      <OfferHome offer={offer} />
      <p className="lead">{offer.summary}</p>
      <ShortlistToggle offerId={offer.id} offerName={offer.name} />
      <OfferContact offer={offer} />

      <section aria-labelledby="offer-what">
        <h2 id="offer-what">{t('offer.what')}</h2>
        <p className="prose">{offer.description}</p>
        {topics.length > 0 && (
          <ul className="tags" aria-label={t('offer.topics')}>
            {topics.map((term) => (
              <li key={term.code} className="tag">
                {term.name}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="offer-for-whom">
        <h2 id="offer-for-whom">{t('offer.forWhom')}</h2>
        {offer.eligibilityDescription && <p>{offer.eligibilityDescription}</p>}
        <ul>
          {ages && <li>{ages}</li>}
          {targetGroups.map((term) => (
            <li key={term.code}>{term.name}</li>
          ))}
        </ul>
      </section>

      {(offer.schedules.length > 0 || offer.scheduleDescription) && (
        <section aria-labelledby="offer-when">
          <h2 id="offer-when">{t('offer.when')}</h2>
          {offer.scheduleDescription && <p>{offer.scheduleDescription}</p>}
          <ul>
            {offer.schedules.map((schedule) => (
              <li key={schedule.id}>{scheduleText(schedule)}</li>
            ))}
          </ul>
        </section>
      )}

      {(offer.locations.length > 0 || online) && (
        <section aria-labelledby="offer-where">
          <h2 id="offer-where">{t('offer.where')}</h2>
          {online && <p>{t('offer.online')}</p>}
          {offer.locations.map((location) => (
            <LocationBlock key={location.id} location={location} />
          ))}
        </section>
      )}

      <section aria-labelledby="offer-cost">
        <h2 id="offer-cost">{t('offer.cost')}</h2>
        <p>{priceText(offer)}</p>
      </section>

      <section aria-labelledby="offer-start">
        <h2 id="offer-start">{t('offer.getStarted')}</h2>
        {offer.applicationProcess && <p>{offer.applicationProcess}</p>}
        <p>
          {offer.referralRequired ? t('offer.referralRequired') : t('offer.noReferral')}
          {offer.anonymous && ` ${t('offer.anonymous')}`}
        </p>
        {offer.languages.length > 0 && (
          <p>
            <strong>{t('offer.languages')}:</strong> {offer.languages.map(languageName).join(', ')}
          </p>
        )}
      </section>

      <p className="offer__confirmed">
        {offer.assuredDate
          ? t('offer.lastConfirmed', { date: formatDate(offer.assuredDate) })
          : t('offer.notConfirmed')}
      </p>
      <p className="no-print">
        <Link to={organizationHref}>{t('offer.otherOffers', { organization: offer.organization.name })}</Link>
      </p>
    </article>
  );
}

function OfferView({ offer }: { offer: Offer }) {
  const origin = useOriginOnHost(offer.tenant);
  return (
    <>
      <OfferDetails offer={offer} />
      <SharePanel url={`${window.location.origin}/tilbud/${offer.id}`} name={offer.name} />
      {/* Errors go to the editors of the offer's own municipality, on its own site. */}
      {origin.elsewhere ? <ReportAtHome offer={offer} /> : <ReportErrorForm offerId={offer.id} />}
    </>
  );
}

export function OfferPage() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  const searchHref = useSearchHref();
  useDocumentTitle(offer.data?.name);
  if (offer.isPending) return <LoadingStatus />;
  if (offer.isError) {
    return (
      <>
        <ErrorAlert error={offer.error} />
        {offer.error instanceof ApiError && offer.error.status === 404 && (
          <p>
            <Link to={searchHref(new URLSearchParams())}>{t('offer.findOthers')}</Link>
          </p>
        )}
      </>
    );
  }
  return <OfferView offer={offer.data} />;
}
