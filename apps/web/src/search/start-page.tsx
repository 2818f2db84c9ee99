import { Link } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { t as frameText } from '../i18n/messages';
import { FindMunicipalityCallout, MemberMunicipalities } from '../network/start-sections';
import { useSession } from '../session/session';
import { useCurrentTenant } from '../tenant/tenant-context';
import { t } from './messages';
import { useCatalogueOverview } from './search-api';
import { SearchBox } from './search-box';

const TILE_COUNT = 12;

/** The challenges people search for most, largest first, each a door into the search. */
function ChallengeTiles() {
  const { data } = useCatalogueOverview();
  const challenges = (data?.facets.challenge ?? []).filter((term) => term.count > 0).slice(0, TILE_COUNT);
  if (challenges.length === 0) return null;
  return (
    <section aria-labelledby="challenges-heading" className="section">
      <h2 id="challenges-heading">{t('start.challengesHeading')}</h2>
      <ul className="tiles">
        {challenges.map((term) => (
          <li key={term.code}>
            <Link className="tile" to={`/sog?challenge=${encodeURIComponent(term.code)}`}>
              <span className="tile__name">{term.name}</span>
              <span className="tile__count">{t.plural('start.offerCount', term.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/sog">{t('start.allOffers')}</Link>
      </p>
    </section>
  );
}

export function StartPage() {
  const tenant = useCurrentTenant();
  const session = useSession().data;
  useDocumentTitle();
  return (
    <>
      <h1>{tenant.name}</h1>
      <p className="lead">{frameText(`start.intro.${tenant.kind}`)}</p>
      <SearchBox />
      <ChallengeTiles />
      {tenant.kind === 'national' && <FindMunicipalityCallout />}
      {tenant.kind === 'region' && <MemberMunicipalities region={tenant} />}
      <section aria-labelledby="professionals-heading" className="section callout">
        <h2 id="professionals-heading">{t('start.professionalsHeading')}</h2>
        <p>{session?.authenticated ? t('start.professionalsLoggedIn') : t('start.professionalsText')}</p>
        <Link to="/for-fagfolk">{t('start.professionalsLink')}</Link>
      </section>
    </>
  );
}
