/*
 * Socialkompas service worker: the app shell and the last answers of the public API stay
 * available offline, so a phone that loses its connection still shows what it last saw.
 * Staff and admin requests are never cached: they may hold data that must not linger on a device.
 */
const SHELL_CACHE = 'sk-shell-v1';
const DATA_CACHE = 'sk-data-v1';
const MAX_DATA_ENTRIES = 60;
// Suggestions (one per keystroke) are left out: they would push the last results out of the cache.
const PUBLIC_API = /^\/api\/v1\/(tenant|offers|organizations|taxonomy)(\/|$)/;
const APP_PAGE = /^\/(|sog|tilbud\/[^/]+|forening\/[^/]+|foreslaa-tilbud|for-fagfolk|liste)$/;

/** The page and the built files it loads, so the shell starts without a connection. */
async function cacheShell() {
  const cache = await caches.open(SHELL_CACHE);
  const page = await fetch('/', { cache: 'no-cache' });
  const html = await page.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.put('/', page);
  await cache.addAll(['/manifest.webmanifest', ...assets]);
  // Built files of earlier releases are never asked for again.
  const kept = new Set(assets.map((path) => new URL(path, self.location.origin).href));
  const stale = (await cache.keys()).filter(
    (request) => request.url.includes('/assets/') && !kept.has(request.url),
  );
  await Promise.all(stale.map((request) => cache.delete(request)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => ![SHELL_CACHE, DATA_CACHE].includes(key)).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(
    keys.slice(0, Math.max(0, keys.length - MAX_DATA_ENTRIES)).map((key) => cache.delete(key)),
  );
}

/** Fresh from the network when there is one; the last copy when there is not. */
async function networkFirst(request, cacheName, fallbackUrl) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(fallbackUrl ?? request, response.clone());
      if (cacheName === DATA_CACHE) await trim(cache);
    }
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackUrl ?? request);
    if (cached) return cached;
    throw error;
  }
}

/** Built assets carry a content hash in their name, so a cached copy is never stale. */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // A page in place of a file (an old release's file, asked for after a deploy) is never kept.
  const isPage = (response.headers.get('content-type') ?? '').includes('text/html');
  if (response.ok && !isPage) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every public page of the app is the same shell. Staff pages need a connection, and pages the
    // server makes itself (reminder links with their tokens, the API's documentation) are not kept.
    if (!APP_PAGE.test(url.pathname)) return;
    event.respondWith(networkFirst(request, SHELL_CACHE, '/'));
  } else if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) {
    event.respondWith(cacheFirst(request));
  } else if (PUBLIC_API.test(url.pathname)) {
    event.respondWith(networkFirst(request, DATA_CACHE));
  }
});
