// Potjeswijzer offline support: after one visit the wizard also opens without a connection (prepaid data
// runs out, the WiFi drops at the kitchen table). Only this site's own files are cached; answers are never
// sent anywhere, so there is nothing else to cache. Registered by boot.js when the host element has
// data-offline (the standalone page does; an embedding CMS decides for itself).
const CACHE = 'potjeswijzer-v1';
// Trunk's hashed file names never change content: serve them from the cache first.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('potjeswijzer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  const fromNetwork = () =>
    fetch(request).then((response) => {
      if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    });

  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fromNetwork()));
  } else {
    // The page and the regulations file: fresh when online, the last copy when offline.
    event.respondWith(
      fromNetwork().catch(() =>
        caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error()),
      ),
    );
  }
});
