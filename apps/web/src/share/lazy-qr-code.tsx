import { lazy, Suspense, type ComponentProps } from 'react';

// The QR code generator is loaded only when a code is shown, not with every page.
const QrCode = lazy(() => import('./qr-code').then((module) => ({ default: module.QrCode })));

/** A QR code, drawn once its generator has loaded; an empty square of the same size until then. */
export function LazyQrCode(props: ComponentProps<typeof QrCode>) {
  const size = props.pixels ?? 160;
  return (
    <Suspense fallback={<span className="qr-code" style={{ width: size, height: size }} />}>
      <QrCode {...props} />
    </Suspense>
  );
}
