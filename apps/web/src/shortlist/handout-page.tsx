import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ProblemAlert } from '../feedback/problem-alert';
import { SharePanel } from '../share/share-panel';
import { useCurrentTenant } from '../tenant/tenant-context';
import { Handout } from './handout';
import { handoutUrl, idsOfHandout } from './handout-link';
import { t } from './messages';

/** A list handed to a citizen as a link: the same handout, without the staff member's tools. */
export function HandoutPage() {
  const tenant = useCurrentTenant();
  const [params] = useSearchParams();
  const ids = idsOfHandout(params);
  useDocumentTitle(t('handout.title'));
  if (ids.length === 0) return <ProblemAlert title={t('handout.invalid')} />;
  return (
    <>
      <h1>{t('handout.title')}</h1>
      <p className="lead">{t('handout.intro')}</p>
      <Handout ids={ids} />
      <SharePanel url={handoutUrl(ids)} name={t('list.shareName', { tenant: tenant.name })} />
    </>
  );
}
