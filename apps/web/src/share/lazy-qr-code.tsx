import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { t } from './messages';

// The QR code generator is loaded only when a code is shown, not with every page.
const QrCode = lazy(() => import('./qr-code').then((module) => ({ default: module.QrCode })));

/** Without a connection the generator cannot be fetched: say so, and keep the rest of the page. */
class QrCodeUnavailable extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <p className="hint">{t('share.qrOffline')}</p> : this.props.children;
  }
}

/** A QR code, drawn once its generator has loaded; an empty square of the same size until then. */
export function LazyQrCode(props: ComponentProps<typeof QrCode>) {
  const size = props.pixels ?? 160;
  return (
    <QrCodeUnavailable>
      <Suspense fallback={<span className="qr-code" style={{ width: size, height: size }} />}>
        <QrCode {...props} />
      </Suspense>
    </QrCodeUnavailable>
  );
}
