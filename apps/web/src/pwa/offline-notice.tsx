import { useSyncExternalStore } from 'react';
import { t } from '../i18n/messages';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Says plainly that what is shown may be old when the phone has no connection. */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <p className="offline-notice" role="status">
      {t('status.offline')}
    </p>
  );
}
