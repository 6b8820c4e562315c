import { createHash } from 'node:crypto';
import { editionOfPath, editions, pathInEdition, sourcePathOf, type Edition } from './editions.ts';

/** A built file: its path relative to dist/ with forward slashes, and its bytes. */
export interface BuiltFile {
  file: string;
  content: string | Uint8Array;
}

/** What the service worker keeps offline: the served path of each file and the key it is cached under. */
export interface PrecacheManifest {
  /** Changes whenever any kept file changes, so a new deploy gets a new service worker and a new cache. */
  version: string;
  /** The page shown for a URL that is not kept, when the network is unreachable. */
  offlinePage: string;
  entries: [path: string, cacheKey: string][];
  /**
   * The edition's search files (Pagefind's script and its index of the edition, the script table), kept
   * only once the reader has searched online: the first search of each version fetches them all.
   */
  searchEntries: [path: string, cacheKey: string][];
}

/** The path of the offline page, built from src/pages/offline.astro. */
export const offlinePagePath = '/offline/';

/** Folder of Astro's hashed build assets; a file's name changes whenever its content does. */
const hashedAssetsFolder = '_astro/';

/** Each edition's own files outside `_astro/` that are kept: its manifest (pages are matched by extension). */
const keptEditionFiles = new Set(['manifest.webmanifest']);

/** Files outside `_astro/` that both editions keep. */
const keptSharedFiles = new Set(['favicon.svg']);

/** The URL path a built file is served at: `index.html` → `/`, `faq/index.html` → `/faq/`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * Whether a built file belongs in an edition's offline copy: every page and the manifest of that edition
 * (the Traditional one under zh-hant/), and the hashed assets and favicon both share. A reader keeps the
 * edition they read, not both. Left out: the service workers themselves, home-screen icons (the system
 * keeps its own copy once the guide is added), and files for crawlers and feed readers.
 */
export function isPrecached(file: string, edition: Edition = 'zh-Hans'): boolean {
  if (file.startsWith(hashedAssetsFolder) || keptSharedFiles.has(file)) return true;
  const path = `/${file}`;
  return editionOfPath(path) === edition && (file.endsWith('.html') || keptEditionFiles.has(sourcePathOf(path).slice(1)));
}

/** Pagefind's files every language loads; the rest of `pagefind/` is per language (`zh-hans_…`). */
const sharedSearchFile = /^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind)$/;

/**
 * Whether a built file is one of the files search needs offline in `edition`: Pagefind's script and
 * WebAssembly, and the index, pages (fragments) and script table of the edition's language.
 */
export function isSearchFile(file: string, edition: Edition = 'zh-Hans'): boolean {
  const language = editions[edition].lang.toLowerCase();
  return (
    sharedSearchFile.test(file) ||
    new RegExp(`^pagefind/((index|fragment|filter)/${language}_[^/]+|pagefind\.${language}_[^/]+\.pf_meta|script-table\.${language}\.json)$`).test(file)
  );
}

/** A short hex SHA-256 digest. */
function digest(content: string | Uint8Array, length: number): string {
  return createHash('sha256').update(content).digest('hex').slice(0, length);
}

/**
 * The precache manifest of an edition of a build whose service worker runs `workerCode`. A hashed asset is
 * cached under its own URL; any other file under its URL plus a content revision, so the next service
 * worker copies an unchanged file from the old cache instead of downloading it again. The version covers
 * the files and the worker's code.
 */
export function precacheManifest(files: readonly BuiltFile[], workerCode: string, edition: Edition = 'zh-Hans'): PrecacheManifest {
  const offlinePage = pathInEdition(offlinePagePath, edition);
  const cacheEntries = (kept: (file: string) => boolean) =>
    files
      .filter(({ file }) => kept(file))
      .map(({ file, content }): [string, string] => {
        const path = urlPathOf(file);
        return [path, file.startsWith(hashedAssetsFolder) ? path : `${path}?rev=${digest(content, 10)}`];
      })
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entries = cacheEntries((file) => isPrecached(file, edition));
  const searchEntries = cacheEntries((file) => isSearchFile(file, edition));
  if (!entries.some(([path]) => path === offlinePage)) {
    throw new Error(`离线缓存缺少离线页面 ${offlinePage}（src/pages/offline.astro）。`);
  }
  return { version: digest(JSON.stringify([workerCode, entries, searchEntries]), 12), offlinePage, entries, searchEntries };
}
