import { t } from '../i18n/messages';

/** Announced politely by screen readers while the page waits for data. */
export function LoadingStatus() {
  return (
    <p className="status" role="status" aria-live="polite">
      {t('status.loading')}
    </p>
  );
}
