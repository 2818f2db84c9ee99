import { useState } from 'react';
import { t } from './messages';
import { LazyQrCode as QrCode } from './lazy-qr-code';

type CopyState = 'idle' | 'copied' | 'failed';

/** Hand an offer (or a list) over on the spot: copy the link, e-mail it, print it, or show a QR code. */
export function SharePanel({ url, name }: { url: string; name: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const [showQr, setShowQr] = useState(false);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed'); // e.g. plain http or a browser that refuses: show the link to copy by hand
    }
  };

  const mailto = `mailto:?subject=${encodeURIComponent(t('share.emailSubject', { name }))}&body=${encodeURIComponent(
    t('share.emailBody', { name, url }),
  )}`;

  return (
    <section className="share no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('share.heading')}</h2>
      <ul className="share__actions">
        <li>
          <button type="button" className="button" onClick={() => void copyLink()}>
            {t('share.copy')}
          </button>
        </li>
        <li>
          <a className="button" href={mailto}>
            {t('share.email')}
          </a>
        </li>
        <li>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('share.print')}
          </button>
        </li>
        <li>
          <button type="button" className="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
            {showQr ? t('share.hideQr') : t('share.qr')}
          </button>
        </li>
      </ul>
      <p role="status" className="share__status">
        {copy === 'copied' && t('share.copied')}
        {copy === 'failed' && t('share.copyFailed')}
      </p>
      {copy === 'failed' && (
        <input
          className="share__url"
          readOnly
          value={url}
          aria-label={t('share.link')}
          onFocus={(event) => event.target.select()}
        />
      )}
      {showQr && <QrCode text={url} label={t('share.qrLabel', { name })} />}
    </section>
  );
}
