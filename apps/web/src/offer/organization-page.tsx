import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { ResultCard } from '../search/result-card';
import { useOfferSearch } from '../search/search-api';
import { ContactLinks } from './contact-links';
import { t } from './messages';
import { useOrganization } from './offer-api';

/** An association and the offers it runs. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const offers = useOfferSearch(new URLSearchParams({ organization: id }));
  useDocumentTitle(organization.data?.name);
  if (organization.isPending) return <LoadingStatus />;
  if (organization.isError) return <ErrorAlert error={organization.error} />;
  const { data } = organization;
  return (
    <>
      <h1>{data.name}</h1>
      {data.description && <p className="lead">{data.description}</p>}
      <h2>{t('organization.contact')}</h2>
      <ContactLinks phone={data.phone} email={data.email} website={data.website} />
      <h2>{t('organization.offers', { organization: data.name })}</h2>
      {offers.isPending && <LoadingStatus />}
      {offers.isError && <ErrorAlert error={offers.error} level={2} />}
      {offers.data?.total === 0 && <p>{t('organization.none')}</p>}
      {offers.data && offers.data.total > 0 && (
        <ol className="results">
          {offers.data.items.map((offer) => (
            <li key={offer.id}>
              <ResultCard hit={offer} />
            </li>
          ))}
        </ol>
      )}
      {offers.data && offers.data.total > offers.data.items.length && (
        <p>
          <Link to={`/sog?organization=${encodeURIComponent(id)}`}>
            {t('organization.all', { count: offers.data.total })}
          </Link>
        </p>
      )}
      <h2>{t('organization.members')}</h2>
      <ul>
        <li>
          <Link to={`/min-forening/bed-om-adgang?forening=${encodeURIComponent(id)}`}>
            {t('organization.requestAccess')}
          </Link>
        </li>
        <li>
          <Link to="/min-forening/log-ind">{t('organization.memberLogin')}</Link>
        </li>
      </ul>
    </>
  );
}
