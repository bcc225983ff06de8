// Potjeswijzer offline support: after one visit the wizard also opens without a connection (prepaid data runs
// out, the WiFi drops at the kitchen table). Registered by boot.js when the host element has data-offline.
//
// - On install it keeps the whole app (SHELL: the page, boot.js, the hashed js/wasm/css, the regulations file,
//   the manifest) and the page that registered it, so the first visit is enough. It asks the browser's own cache
//   first: the page has just downloaded these files, so this costs a few "not modified" answers, not the app twice.
// - Files with a content hash in their name never change: served from the cache first.
// - A municipality's own file (gemeenten/<id>.toml), the index of municipalities (gemeenten.toml) and the
//   translations (talen/) are not kept on install: only the resident's own file is fetched, the index only where the
//   municipality question is asked, a language only when picked; like every file of this site that the app uses,
//   each is kept from then on.
// - Pages, boot.js and the regulations files: from the network first, so a newly published regulations file is used on
//   the next visit (the list shows the date of its figures). When the network fails, or gives no answer within a
//   few seconds while a copy is kept, the kept copy is used; a late answer still refreshes it for next time.
//
// Only this site's own files are kept; answers are never sent anywhere, so there is nothing else to keep.
// A new build gets a new VERSION, which replaces the old copy.
const VERSION = 'dev'; // filled in by scripts/trunk-post-build.mjs
const SHELL = []; // filled in by scripts/trunk-post-build.mjs
const CACHE = 'potjeswijzer-' + VERSION;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
const SLOW_MS = 4000;

const scope = new URL(self.registration.scope);
const inScope = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
/** A page's address as it is kept: without query string, and a folder's index.html as the folder itself. */
const pageKey = (address) => {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/index\.html$/, '/');
  return url.href;
};
const key = (request) => (request.mode === 'navigate' ? pageKey(request.url) : request);
/** Files with a content hash may come from the browser's cache; anything else is checked with the server. */
const precache = (file) => new Request(new URL(file, scope), { cache: HASHED.test(file) ? 'default' : 'no-cache' });

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL.map(precache));
      // The pages that registered this worker (an example or municipal page under this folder) work offline too.
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(
        pages
          .map((client) => new URL(pageKey(client.url)))
          .filter((url) => inScope(url) && !SHELL.some((file) => new URL(file, scope).href === url.href))
          .map(async (url) => {
            try {
              const response = await fetch(url, { cache: 'no-cache' });
              if (response.ok) await cache.put(url.href, response);
            } catch {
              // Best effort: without it only this page does not open offline; the app files are kept.
            }
          }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('potjeswijzer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function fromNetwork(request) {
  // Ask the server whether the file changed, past any HTTP cache (a page navigation cannot be changed).
  const fresh = request.mode === 'navigate' ? request : new Request(request, { cache: 'no-cache' });
  const response = await fetch(fresh);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    const cache = await caches.open(CACHE);
    await cache.put(key(request), copy);
  }
  return response;
}

async function cacheFirst(request) {
  const kept = await caches.match(request);
  return kept || fromNetwork(request);
}

async function networkFirst(event) {
  const request = event.request;
  const network = fromNetwork(request);
  event.waitUntil(network.catch(() => {}));
  const kept = caches.match(key(request), { ignoreSearch: request.mode === 'navigate' });
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_MS)).then(() => kept).then((hit) => hit || network);
  try {
    const response = await Promise.race([network, slow]);
    if (response.ok || !(await kept)) return response;
    // The server answered with an error (a 404 or 500 during an update): the kept copy still works.
    return await kept;
  } catch {
    return (await kept) || Response.error();
  }
}

// A page tells which municipality's file, the index of municipalities or a language's file it used (see boot.js):
// keep that one too. Only those files of this folder: gemeenten.toml, gemeenten/<id>.toml,
// gemeenten/<id>.<taal>.toml and talen/<taal>.toml.
const KEPT_WHEN_USED = /\/(gemeenten(\/[a-z0-9_-]+(\.[a-z]{2})?)?|talen\/[a-z]{2})\.toml$/;
self.addEventListener('message', (event) => {
  const url = typeof event.data?.bewaar === 'string' ? new URL(event.data.bewaar, scope) : null;
  if (!url || !inScope(url) || !KEPT_WHEN_USED.test(url.pathname)) return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        if (!(await cache.match(url.href))) await cache.add(new Request(url.href, { cache: 'default' }));
      })
      .catch(() => {}),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !inScope(url)) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(event));
  }
});
