import { Link } from 'react-router';
import { DataTable } from '../areas/data-table';
import { t as staffText } from '../staff/messages';
import { confirmedText, offerStatusText } from './offer-status-text';
import type { RegionOfferPage } from './region-api';

/** One page of a municipality's offers: name (a link to the offer), status, organisation, confirmation. */
export function MunicipalityOfferTable({
  slug,
  caption,
  offers,
}: {
  slug: string;
  caption: string;
  offers: RegionOfferPage['items'];
}) {
  return (
    <DataTable
      caption={caption}
      headings={[
        staffText('offers.name'),
        staffText('offers.status'),
        staffText('offers.organization'),
        staffText('offers.confirmed'),
      ]}
    >
      {offers.map((offer) => (
        <tr key={offer.id}>
          <th scope="row">
            <Link to={`/region/${slug}/${offer.id}`}>{offer.name}</Link>
          </th>
          <td>
            {offerStatusText(offer)}
            {offer.staleSince && <span className="tag staff-flag">{staffText('offers.stale')}</span>}
          </td>
          <td>{offer.organization.name}</td>
          <td>{confirmedText(offer)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
