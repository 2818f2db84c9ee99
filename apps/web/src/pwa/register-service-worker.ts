/**
 * The service worker (public/sw.js) keeps the app shell and the last answers of the public API, so
 * a phone that loses its connection still shows the page and the results it last saw.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app works as an ordinary web page.
    });
  });
}
