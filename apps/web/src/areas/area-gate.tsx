import type { ReactNode } from 'react';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert, ProblemAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { t as frameText } from '../i18n/messages';
import { loginUrl, mayUse, useSession, type StaffArea } from '../session/session';
import { t } from './messages';

/** Why the area is not shown; its heading is also the tab's title (pages set their own otherwise). */
function Refusal({ loggedIn, area }: { loggedIn: boolean; area: StaffArea }) {
  const title = frameText(loggedIn ? 'error.forbidden.title' : 'error.loginRequired.title');
  useDocumentTitle(title);
  if (loggedIn) return <ProblemAlert title={title} detail={t(`gate.forbidden.${area}`)} />;
  // Associations have no work account: they log in by e-mail link.
  const byEmail = area === 'association';
  return (
    <div className="callout">
      <h1>{title}</h1>
      <p>{t(byEmail ? 'gate.associationIntro' : 'gate.loginIntro')}</p>
      <a className="button button--primary" href={byEmail ? '/min-forening/log-ind' : loginUrl()}>
        {frameText('nav.login')}
      </a>
    </div>
  );
}

/**
 * Shows an area only to those whose role may use it; others learn why and what to do. The API
 * checks every call again: this only spares people a page of refusals.
 */
export function AreaGate({ area, children }: { area: StaffArea; children: ReactNode }) {
  const session = useSession();
  if (session.isPending) return <LoadingStatus />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!mayUse(session.data, area)) return <Refusal loggedIn={session.data.authenticated} area={area} />;
  return children;
}
