import { useNationalOffers, useSetNationalOfferHidden, type NationalOffer } from './admin-api';
import { AdminPage } from './admin-page';
import { Announcement } from '../areas/announcement';
import { QueryResult } from '../areas/query-result';
import { ErrorAlert } from '../feedback/problem-alert';
import { t } from './messages';

/**
 * "Landsdækkende tilbud": the national offers, one switch each. On means the offer shows in the
 * municipality's search; off hides it here, and only here. A switch is a real checkbox with the
 * offer's name as its label; what was saved is announced in one status line for the whole page.
 */
export function NationalOffersPage() {
  const offers = useNationalOffers();
  const save = useSetNationalOfferHidden();
  const saved = save.isSuccess ? save.data : null;
  const announcement = saved
    ? t(saved.hidden ? 'national.hidden' : 'national.shown', { name: saved.name })
    : '';
  return (
    <AdminPage title={t('national.title')} intro={t('national.intro')}>
      {save.error ? <ErrorAlert error={save.error} level={2} /> : null}
      <Announcement message={announcement} />
      <QueryResult query={offers}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('national.none')}</p>
          ) : (
            <>
              <p>
                {t.plural('national.count', items.length, {
                  hidden: items.filter((offer) => offer.hidden).length,
                })}
              </p>
              <ul className="national-offers">
                {items.map((offer) => (
                  <NationalOfferSwitch
                    key={offer.id}
                    offer={offer}
                    saving={save.isPending && save.variables.id === offer.id}
                    onChange={(shown) => save.mutate({ id: offer.id, hidden: !shown })}
                  />
                ))}
              </ul>
            </>
          )
        }
      </QueryResult>
    </AdminPage>
  );
}

function NationalOfferSwitch({
  offer,
  saving,
  onChange,
}: {
  offer: NationalOffer;
  saving: boolean;
  onChange: (shown: boolean) => void;
}) {
  const id = `national-offer-${offer.id}`;
  return (
    <li className="national-offer">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={!offer.hidden}
        disabled={saving}
        aria-describedby={`${id}-about`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id} className="national-offer__name">
          {offer.name}
        </label>
        <p id={`${id}-about`} className="national-offer__about">
          {offer.organizationName}. {offer.hidden ? t('national.state.hidden') : t('national.state.shown')}
        </p>
        <p className="hint">{offer.summary}</p>
      </div>
    </li>
  );
}
