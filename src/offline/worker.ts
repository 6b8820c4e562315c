/// <reference lib="webworker" />
// The guide's service worker. The build (./integration.ts) compiles it with esbuild and writes it to
// `sw-<version>.js`, after a line that defines `manifest`, that build's offline copy of the edition (./precache.ts);
// `sw.js` imports it: a deploy that changes any file of the edition or this code changes `sw.js`, so the browser
// installs the new worker. Each edition has its own `sw.js` (`/sw.js`, `/zh-hant/sw.js`), so its scope and its
// cache are that edition's.
import type { CacheEntry, PrecacheManifest } from './precache.ts';
import { revisedPath, revisionTagPattern } from './revision.ts';
import {
  isListedPage,
  savedAtOf,
  savedCopyLine,
  titleOf,
  withLineFirst,
  withSavedPages,
  type SavedPage,
} from './saved-pages.ts';

declare const manifest: PrecacheManifest;

const worker = self as unknown as ServiceWorkerGlobalScope;
const scope = new URL(worker.registration.scope).pathname;
const cachePrefix = `guide:${scope}:`;
const cacheName = `${cachePrefix}${manifest.version}`;
// Its own cache name, outside the versions: the reader asked to keep everything, and keeps it through updates.
const savesEverything = `guide-everything:${scope}`;
const shell = new Map(manifest.entries);
const offlinePageKey = shell.get(manifest.offlinePage) ?? manifest.offlinePage;
let searchKeys: Promise<Map<string, string>> | undefined;
/**
 * Whether the worker's last fetch of a page or image failed, and none has arrived since: a phone whose data ran out
 * is still attached to its network, so the browser says it is online, but pages from the phone never ask the network.
 * Service workers get no `online` event (Chromium 156), so only an answer from the network clears it.
 */
let unreachable = false;

/** Fetches a page or image the reader asked for, remembering whether the network answered. */
async function fromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    unreachable = false;
    return response;
  } catch (error) {
    unreachable = true;
    throw error;
  }
}

/** Fetches a file the worker cannot do without; an error status is an error. */
async function fetchOk(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(path, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

async function store(key: string, response: Response): Promise<void> {
  await (await caches.open(cacheName)).put(key, response);
}

/** The search files' cache keys, from their list; the list is kept with them, so a search that worked online works offline too. */
function listSearchFiles(): Promise<Map<string, string>> {
  searchKeys ??= (async () => {
    let response = await caches.match(manifest.search);
    if (!response) {
      response = await fetchOk(manifest.search);
      await store(manifest.search, response.clone());
    }
    return new Map((await response.json()) as CacheEntry[]);
  })();
  searchKeys.catch(() => (searchKeys = undefined));
  return searchKeys;
}

/**
 * A search file is kept once a search fetched it, as a page is once read: never the whole index in the
 * background, which grows with the site (1.8 MB at 1,000 articles). Saving everything keeps them all.
 */
async function searchResponse(request: Request, path: string): Promise<Response> {
  const key = (await listSearchFiles().catch(() => undefined))?.get(path);
  if (!key) return fetch(request);
  const cached = await caches.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await store(key, response.clone());
  return response;
}

/** Every file of the edition's offline copy, with its cache key. */
async function listEverything(): Promise<CacheEntry[]> {
  return (await fetchOk(manifest.everything)).json();
}

/**
 * Puts each file into this version's cache: from an older cache when its key (URL plus revision) is there,
 * so a deploy downloads only what changed. A hashed asset (cached under its own path) may come from the
 * HTTP cache; any other file is fetched whole, as a validator (an mtime-and-size ETag) can match across
 * two builds.
 */
async function keep(files: Iterable<CacheEntry>): Promise<void> {
  await Promise.all(
    [...files].map(async ([path, key]) => {
      await store(
        key,
        (await caches.match(key)) ?? (await fetchOk(path, { cache: key === path ? 'default' : 'reload' })),
      );
    }),
  );
}

/** The cache keys (URLs) this edition's older versions hold. */
async function keptBefore(): Promise<string[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
  const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
  return requests.flat().map(({ url }) => new URL(url).pathname);
}

/**
 * The shell, and what the reader kept from an older version: unchanged files are copied, changed ones
 * downloaded, removed ones dropped; a reader who saved everything also gets the new pages.
 */
async function install(): Promise<void> {
  const files = new Map(shell);
  const before = await keptBefore();
  const wantsEverything = await caches.has(savesEverything);
  if (wantsEverything || before.some((path) => !shell.has(path))) {
    const kept = new Set(before);
    for (const [path, key] of await listEverything()) if (wantsEverything || kept.has(path)) files.set(path, key);
  }
  await keep(files);
  await worker.skipWaiting();
}

/** The new build replaces the old one at once: no page stays stale once the reader is back online. */
async function activate(): Promise<void> {
  const stale = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
  await Promise.all(stale.map((name) => caches.delete(name)));
  await worker.clients.claim();
}

/** "保存全部指南": keeps every file of the edition, now and through later versions; says how many. */
async function saveEverything(): Promise<number> {
  await caches.open(savesEverything);
  const all = await listEverything();
  await keep(all);
  return all.length;
}

/** A copy whose HTML `change` rewrote, with the copy's headers (the server's CSP and `Date` among them). */
async function rewritten(copy: Response, change: (html: string) => string): Promise<Response> {
  const headers = new Headers(copy.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(change(await copy.text()), { headers });
}

/** The pages this version keeps beyond the shell (read, or saved with everything), read from their copies. */
async function savedPages(): Promise<SavedPage[]> {
  const cache = await caches.open(cacheName);
  const pages = (await cache.keys()).filter(({ url }) => isListedPage(new URL(url).pathname, shell));
  return Promise.all(
    pages.map(async (request) => {
      const copy = (await cache.match(request))!;
      const path = new URL(request.url).pathname;
      return { path, title: titleOf(await copy.text(), path), savedAt: savedAtOf(copy.headers.get('date')) };
    }),
  );
}

/** The offline page, listing the pages saved on this phone with the day each was saved. */
async function offlinePage(): Promise<Response> {
  const copy = (await caches.match(offlinePageKey)) ?? (await fetchOk(manifest.offlinePage));
  const pages = await savedPages();
  return rewritten(copy, (html) => withSavedPages(html, pages));
}

/**
 * A copy from the phone. Opened as a page while offline (the browser says so, or the network did not answer the
 * worker's last fetch), it starts with a line saying it is the saved copy and since when; online it is as current as
 * the network's (each deploy updates it), so it says nothing, and no page carries anything for it.
 */
async function fromPhone(request: Request, copy: Response): Promise<Response> {
  const savedAt = savedAtOf(copy.headers.get('date'));
  if (request.mode !== 'navigate' || (navigator.onLine && !unreachable) || !savedAt) return copy;
  const offline = await caches.match(offlinePageKey);
  const line = offline && savedCopyLine(await offline.text(), savedAt);
  return line ? rewritten(copy, (html) => withLineFirst(html, line)) : copy;
}

/**
 * Runtime caching: a page of this edition, or an image it shows, is kept once read, and comes from the
 * phone from then on. A page is kept under the revision the build wrote into it, the key the next version's
 * list of everything has for it while it stays unchanged.
 */
async function keepWhenRead(request: Request, url: URL, isPage = request.mode === 'navigate'): Promise<Response> {
  const cached = await caches.match(url.pathname, { ignoreSearch: true });
  if (cached) return fromPhone(request, cached);
  const response = await fromNetwork(request);
  if (response.ok && response.type === 'basic') {
    const revision = isPage && (await response.clone().text()).match(revisionTagPattern)?.[1];
    await store(revision ? revisedPath(url.pathname, revision) : url.pathname, response.clone());
  }
  return response;
}

/** A page of this edition is kept once read, another edition's is not; without a network, the offline page. */
function navigate(request: Request, url: URL): Promise<Response> {
  if (shell.has(`${url.pathname}/`)) return Promise.resolve(Response.redirect(`${url.pathname}/${url.search}`, 301));
  const keeps = !manifest.otherEditions.some((prefix) => url.pathname.startsWith(prefix));
  return (keeps ? keepWhenRead(request, url) : fromNetwork(request)).catch(offlinePage);
}

/**
 * Shell files, and pages, images and search files kept once read, come from the cache (no data used, even
 * online). Other pages come from the network, or the offline page when it is unreachable. Anything else is
 * left to the browser.
 */
function respond(request: Request): Promise<Response> | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return undefined;
  const key = shell.get(url.pathname);
  if (url.pathname.startsWith(manifest.searchFolder)) return searchResponse(request, url.pathname);
  if (url.pathname === manifest.offlinePage) return offlinePage();
  if (key) return caches.match(key).then((cached) => (cached ? fromPhone(request, cached) : fetch(request)));
  if (request.mode === 'navigate') return navigate(request, url);
  if (url.pathname.startsWith('/_astro/')) return keepWhenRead(request, url);
  return undefined;
}

worker.addEventListener('install', (event) => event.waitUntil(install()));
worker.addEventListener('activate', (event) => event.waitUntil(activate()));
/** 我的 eSIM: keeps a page of this edition now, as if read, before the reader needs it offline. */
async function keepPage(path: string): Promise<void> {
  const url = new URL(path, worker.location.href);
  if (!url.pathname.startsWith(scope) || manifest.otherEditions.some((prefix) => url.pathname.startsWith(prefix)))
    throw new Error(`${path}: not a page of this edition`);
  if (!(await keepWhenRead(new Request(url), url, true)).ok) throw new Error(`${path}: not kept`);
}

// The save-offline page asks to keep everything, a seller page marked 我的 eSIM to keep itself (`{ keep: path }`);
// the answer says how many files are now kept or which page, or that it failed.
worker.addEventListener('message', (event) => {
  const page: unknown = event.data?.keep;
  if (event.data !== 'save-everything' && typeof page !== 'string') return;
  const reply = (message: unknown) => event.source?.postMessage(message);
  event.waitUntil(
    (typeof page === 'string'
      ? keepPage(page).then(() => ({ kept: page }))
      : saveEverything().then((saved) => ({ saved }))
    ).then(reply, () => reply({ failed: true })),
  );
});
worker.addEventListener('fetch', (event) => {
  const response = respond(event.request);
  if (response) event.respondWith(response);
});
