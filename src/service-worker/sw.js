// @ts-check
/// <reference lib="webworker" />
// The guide's service worker. The build (src/integrations/service-worker.ts) writes it to
// `sw-<version>.js` with a call to `startServiceWorker` with that build's precache manifest, and
// `sw.js` imports it: a deploy that changes a kept file or this code changes `sw.js`, so the browser
// installs the new worker. Each edition has its own `sw.js` (`/sw.js`, `/zh-hant/sw.js`), so its scope
// and its cache are that edition's.

/** @param {import('../lib/precache').PrecacheManifest} manifest */
function startServiceWorker({ version, offlinePage, entries, searchEntries }) {
  const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
  const cachePrefix = `guide:${new URL(worker.registration.scope).pathname}:`;
  const cacheName = `${cachePrefix}${version}`;
  const cacheKeys = new Map(entries);
  const offlinePageKey = cacheKeys.get(offlinePage) ?? offlinePage;
  const searchCacheName = `${cacheName}:search`;
  const searchKeys = new Map(searchEntries);
  /** @type {Map<string, Promise<void>>} */
  const keepingSearchFiles = new Map();

  // Search files are kept only for a reader who searches: the first search request fetches them all,
  // each once (the page's own requests wait for the same download), or copies it from an older version.
  /** @param {string} path */
  function keepSearchFile(path) {
    const key = /** @type {string} */ (searchKeys.get(path));
    let keeping = keepingSearchFiles.get(path);
    if (!keeping) {
      keeping = (async () => {
        const cache = await caches.open(searchCacheName);
        if (await cache.match(key)) return;
        const response = (await caches.match(key)) ?? (await fetch(path, { cache: 'reload' }));
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await cache.put(key, response);
      })();
      keepingSearchFiles.set(path, keeping);
      keeping.catch(() => keepingSearchFiles.delete(path));
    }
    return keeping;
  }
  const keepSearchFiles = () => Promise.allSettled([...searchKeys.keys()].map(keepSearchFile));

  // Keep every page and asset of this build. A file whose cache key (URL plus revision) is already in an
  // older cache is copied from there, so a deploy downloads only what changed.
  worker.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(cacheName);
        await Promise.all(
          entries.map(async ([path, key]) => {
            // A hashed asset (cached under its own path) may come from the HTTP cache; any other file is
            // fetched whole, as a validator (an mtime-and-size ETag) can match across two builds.
            const cacheMode = key === path ? 'default' : 'reload';
            const response = (await caches.match(key)) ?? (await fetch(path, { cache: cacheMode }));
            if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
            await cache.put(key, response);
          }),
        );
        // A reader who searched with the previous version keeps searching offline with this one.
        if ((await caches.keys()).some((name) => name.startsWith(cachePrefix) && name.endsWith(':search'))) await keepSearchFiles();
        await worker.skipWaiting();
      })(),
    );
  });

  // The new build replaces the old one at once: no page stays stale once the reader is back online.
  worker.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const stale = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && !name.startsWith(cacheName));
        await Promise.all(stale.map((name) => caches.delete(name)));
        await worker.clients.claim();
      })(),
    );
  });

  // Kept files come from the cache (no data used, even online); so do search files once kept. Other pages
  // come from the network, or the offline page when it is unreachable. Anything else is left to the browser.
  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
    const key = cacheKeys.get(url.pathname);
    const searchKey = searchKeys.get(url.pathname);
    if (searchKey) {
      event.waitUntil(keepSearchFiles());
      event.respondWith(
        keepSearchFile(url.pathname).then(
          async () => (await caches.match(searchKey)) ?? fetch(request),
          () => fetch(request),
        ),
      );
    } else if (key) {
      event.respondWith(caches.match(key).then((cached) => cached ?? fetch(request)));
    } else if (request.mode === 'navigate' && cacheKeys.has(`${url.pathname}/`)) {
      event.respondWith(Response.redirect(`${url.pathname}/${url.search}`, 301));
    } else if (request.mode === 'navigate') {
      event.respondWith(fetch(request).catch(async () => (await caches.match(offlinePageKey)) ?? Response.error()));
    }
  });
}
