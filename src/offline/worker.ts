// @ts-check
/// <reference lib="webworker" />
// The guide's service worker. The build (src/integrations/service-worker.ts) writes it to
// `sw-<version>.js` with a call to `startServiceWorker` with that build's manifest, and `sw.js` imports
// it: a deploy that changes any file of the edition or this code changes `sw.js`, so the browser installs
// the new worker. Each edition has its own `sw.js` (`/sw.js`, `/zh-hant/sw.js`), so its scope and its
// cache are that edition's.

/** @param {import('../lib/build/precache.ts').PrecacheManifest} manifest */
function startServiceWorker({ version, offlinePage, entries, searchFolder, search, everything, otherEditions }) {
  const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
  const scope = new URL(worker.registration.scope).pathname;
  const cachePrefix = `guide:${scope}:`;
  const cacheName = `${cachePrefix}${version}`;
  // Its own cache name, outside the versions: the reader asked to keep everything, and keeps it through updates.
  const savesEverything = `guide-everything:${scope}`;
  const shell = new Map(entries);
  const offlinePageKey = shell.get(offlinePage) ?? offlinePage;
  /** @type {Promise<Map<string, string>> | undefined} */
  let searchKeys;

  // The search files' cache keys, from their list; the list is kept with them, so a search that worked
  // online works offline too.
  const listSearchFiles = () => {
    searchKeys ??= (async () => {
      let response = await caches.match(search);
      if (!response) {
        response = await fetch(search);
        if (!response.ok) throw new Error(`${search}: HTTP ${response.status}`);
        await (await caches.open(cacheName)).put(search, response.clone());
      }
      return new Map(/** @type {[string, string][]} */ (await response.json()));
    })();
    searchKeys.catch(() => (searchKeys = undefined));
    return searchKeys;
  };

  /**
   * A search file is kept once a search fetched it, as a page is once read: never the whole index in the
   * background, which grows with the site (1.8 MB at 1,000 articles). Saving everything keeps them all.
   * @param {Request} request
   * @param {string} path
   */
  const searchResponse = async (request, path) => {
    const key = (await listSearchFiles().catch(() => undefined))?.get(path);
    if (!key) return fetch(request);
    const cached = await caches.match(key);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok) await (await caches.open(cacheName)).put(key, response.clone());
    return response;
  };

  /** @returns {Promise<[string, string][]>} every file of the edition's offline copy, with its cache key */
  const listEverything = async () => {
    const response = await fetch(everything);
    if (!response.ok) throw new Error(`${everything}: HTTP ${response.status}`);
    return response.json();
  };

  /**
   * Puts each file into this version's cache: from an older cache when its key (URL plus revision) is
   * there, so a deploy downloads only what changed. A hashed asset (cached under its own path) may come
   * from the HTTP cache; any other file is fetched whole, as a validator (an mtime-and-size ETag) can
   * match across two builds.
   * @param {Iterable<[string, string]>} files
   */
  const keep = async (files) => {
    const cache = await caches.open(cacheName);
    await Promise.all(
      [...files].map(async ([path, key]) => {
        const response = (await caches.match(key)) ?? (await fetch(path, { cache: key === path ? 'default' : 'reload' }));
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await cache.put(key, response);
      }),
    );
  };

  /** The cache keys (URLs) this edition's older versions hold. */
  const keptBefore = async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
    const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
    return requests.flat().map(({ url }) => new URL(url).pathname);
  };

  // The shell, and what the reader kept from an older version: unchanged files are copied, changed ones
  // downloaded, removed ones dropped; a reader who saved everything also gets the new pages.
  worker.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const files = new Map(shell);
        const before = await keptBefore();
        const wantsEverything = await caches.has(savesEverything);
        if (wantsEverything || before.some((path) => !shell.has(path))) {
          const all = await listEverything();
          const kept = new Set(before);
          for (const [path, key] of all) if (wantsEverything || kept.has(path)) files.set(path, key);
        }
        await keep(files);
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

  // "保存全部指南": the save-offline page asks; the answer says how many files are now kept, or that it failed.
  worker.addEventListener('message', (event) => {
    if (event.data !== 'save-everything') return;
    const reply = (/** @type {unknown} */ message) => event.source?.postMessage(message);
    event.waitUntil(
      (async () => {
        await caches.open(savesEverything);
        const all = await listEverything();
        await keep(all);
        return all.length;
      })().then((saved) => reply({ saved }), () => reply({ failed: true })),
    );
  });

  /** The revision of a page as the build writes it (src/lib/build/precache.ts): SHA-256, 10 hex digits. */
  const revisionOf = async (/** @type {Response} */ response) => {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
    return [...hash.slice(0, 5)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  };

  /**
   * Runtime caching: a page of this edition, or an image it shows, is kept once read, and comes from the
   * phone from then on. The key carries the page's revision, so the next version knows whether it changed.
   * @param {Request} request
   * @param {URL} url
   */
  const keepWhenRead = async (request, url) => {
    const cached = await caches.match(url.pathname, { ignoreSearch: true });
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const key = request.mode === 'navigate' ? `${url.pathname}?rev=${await revisionOf(response.clone())}` : url.pathname;
      await (await caches.open(cacheName)).put(key, response.clone());
    }
    return response;
  };

  // Shell files, and pages, images and search files kept once read, come from the cache (no data used, even
  // online). Other pages come from the network, or the offline page when it is unreachable.
  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
    const key = shell.get(url.pathname);
    if (url.pathname.startsWith(searchFolder)) {
      event.respondWith(searchResponse(request, url.pathname));
    } else if (key) {
      event.respondWith(caches.match(key).then((cached) => cached ?? fetch(request)));
    } else if (request.mode === 'navigate' && shell.has(`${url.pathname}/`)) {
      event.respondWith(Response.redirect(`${url.pathname}/${url.search}`, 301));
    } else if (request.mode === 'navigate') {
      const keeps = !otherEditions.some((prefix) => url.pathname.startsWith(prefix));
      event.respondWith(
        (keeps ? keepWhenRead(request, url) : fetch(request)).catch(async () => (await caches.match(offlinePageKey)) ?? Response.error()),
      );
    } else if (url.pathname.startsWith('/_astro/')) {
      event.respondWith(keepWhenRead(request, url));
    }
  });
}
