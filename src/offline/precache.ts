import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { siteConfig } from '../site.config.ts';
import {
  allEditions,
  editionOfPath,
  editions,
  pathInEdition,
  sourcePathOf,
  type Edition,
} from '../lib/editions/editions.ts';
import { revisedPath, revisionTag, revisionTagPattern } from './revision.ts';

/** A built file: its path relative to dist/ with forward slashes, and its bytes. */
export interface BuiltFile {
  file: string;
  content: string | Uint8Array;
}

/** A file the service worker keeps: the path it is served at and the key it is cached under. */
export type CacheEntry = [path: string, cacheKey: string];

/** What the service worker of an edition carries: the same size at any article count. */
export interface PrecacheManifest {
  /** Changes whenever any file of the edition changes, so a new deploy gets a new service worker. */
  version: string;
  /** The page shown for a URL that is not kept, when the network is unreachable. */
  offlinePage: string;
  /** The shell, saved on the first visit: styles, scripts and the pages of `siteConfig.offlineShell`. */
  entries: CacheEntry[];
  /** Where search files live: a request under it is a search file, if the list of them names it. */
  searchFolder: string;
  /**
   * The list of the edition's search files with their cache keys (`sw-search-<hash>.json`: Pagefind's
   * script, its index of the edition, the script table), fetched with the reader's first search online.
   * A search file is kept once a search fetched it; saving everything keeps them all.
   */
  search: string;
  /** The list of every file of the edition (`sw-<hash>.json`): fetched to save everything, and on an update. */
  everything: string;
  /** Paths in this worker's scope that belong to another edition's worker; their pages are not kept here. */
  otherEditions: string[];
}

/** An edition's offline copy: the worker's manifest and the list of everything, with their sizes on the wire. */
export interface OfflineCopy {
  manifest: PrecacheManifest;
  /** Every file a reader who saves everything keeps, search files and their list included, sorted by path. */
  everything: CacheEntry[];
  /** The edition's search files, sorted by path. */
  searchEntries: CacheEntry[];
  /** Their list, as the build writes it (`manifest.search`). */
  searchList: BuiltFile;
  /** What the first visit downloads for the shell (gzip where the server compresses). */
  shellBytes: number;
  /** What saving everything downloads on top of the shell, search included. */
  restBytes: number;
  /** What of it is search: the edition's search files and their list. */
  searchBytes: number;
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
 * Whether a built file belongs in an edition's full offline copy: every page and the manifest of that
 * edition (the Traditional one under zh-hant/), and the hashed assets and favicon both share. A reader keeps
 * the edition they read, not both. Left out: the service workers themselves, home-screen icons (the system
 * keeps its own copy once the guide is added), and files for crawlers and feed readers.
 */
export function isInOfflineCopy(file: string, edition: Edition = 'zh-Hans'): boolean {
  if (file.startsWith(hashedAssetsFolder) || keptSharedFiles.has(file)) return true;
  const path = `/${file}`;
  return (
    editionOfPath(path) === edition && (file.endsWith('.html') || keptEditionFiles.has(sourcePathOf(path).slice(1)))
  );
}

/** Pagefind's files every language loads; the rest of `pagefind/` is per language (`zh-hans_…`). */
const searchFolder = 'pagefind/';
const sharedSearchFile = /^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind)$/;

/**
 * Whether a built file is one of the files search needs offline in `edition`: Pagefind's script and
 * WebAssembly, and the index, pages (fragments) and script table of the edition's language.
 */
export function isSearchFile(file: string, edition: Edition = 'zh-Hans'): boolean {
  const language = editions[edition].lang.toLowerCase();
  return (
    sharedSearchFile.test(file) ||
    new RegExp(
      `^pagefind/((index|fragment|filter)/${language}_[^/]+|pagefind\\.${language}_[^/]+\\.pf_meta|script-table\\.${language}\\.json)$`,
    ).test(file)
  );
}

/**
 * Whether a built file is in an edition's shell, which the first visit saves: styles and scripts, the
 * manifest and favicon, and the pages of `siteConfig.offlineShell`. Images and every other page are kept
 * once read, or when the reader saves everything.
 */
export function isInShell(file: string, edition: Edition = 'zh-Hans'): boolean {
  if (!isInOfflineCopy(file, edition)) return false;
  if (file.startsWith(hashedAssetsFolder)) return /\.(css|js)$/.test(file);
  if (!file.endsWith('.html')) return true;
  return (siteConfig.offlineShell as readonly string[]).includes(sourcePathOf(urlPathOf(file)));
}

/** Types nginx compresses (deploy/nginx.conf: `gzip_types`, HTML always, from 512 bytes on). */
const COMPRESSED = /\.(html|css|js|json|webmanifest|svg|xml|txt)$/;

/** The bytes a file takes on the wire when served as deploy/nginx.conf serves it (gzip level 6). */
export function transferBytes({ file, content }: BuiltFile): number {
  const size = Buffer.byteLength(content);
  return COMPRESSED.test(file) && size >= 512 ? gzipSync(content, { level: 6 }).byteLength : size;
}

/** A short hex SHA-256 digest. */
function digest(content: string | Uint8Array, length: number): string {
  return createHash('sha256').update(content).digest('hex').slice(0, length);
}

/** The length of a revision: this many hex digits. */
const revisionLength = 10;

/**
 * The revision of a built file, the one place it is computed: a short hash of its content, leaving out the
 * revision a page carries (`withRevision`), so a page has the same revision before and after it is written in.
 */
export function revisionOf({ file, content }: BuiltFile): string {
  const hashed = file.endsWith('.html')
    ? Buffer.from(content).toString('utf8').replace(revisionTagPattern, '')
    : content;
  return digest(hashed, revisionLength);
}

/**
 * A page with its revision written before `</head>`, replacing any it carried: the worker reads it when it
 * keeps the page once read (./worker.ts), so it needs no hash of its own.
 */
export function withRevision(page: BuiltFile): BuiltFile {
  const html = Buffer.from(page.content).toString('utf8').replace(revisionTagPattern, '');
  return { file: page.file, content: html.replace('</head>', `${revisionTag(revisionOf(page))}</head>`) };
}

const byPath = ([a]: CacheEntry, [b]: CacheEntry) => (a < b ? -1 : a > b ? 1 : 0);

/** What a list of files takes on the wire, each measured by `bytesOf`. */
const bytesOfAll = (files: readonly BuiltFile[], bytesOf: (file: BuiltFile) => number) =>
  files.reduce((total, file) => total + bytesOf(file), 0);

/** The key a file is cached under: a hashed asset under its own URL, any other file under its URL plus its revision. */
function entryOf(built: BuiltFile): CacheEntry {
  const path = urlPathOf(built.file);
  return [path, built.file.startsWith(hashedAssetsFolder) ? path : revisedPath(path, revisionOf(built))];
}

/** An edition's search files, their entries sorted by path, their list as the build writes it, and their size. */
function searchOf(files: readonly BuiltFile[], edition: Edition, bytesOf: (file: BuiltFile) => number) {
  const sources = files.filter(({ file }) => isSearchFile(file, edition));
  const entries = sources.map(entryOf).sort(byPath);
  const listText = JSON.stringify(entries);
  const list: BuiltFile = { file: `sw-search-${digest(listText, 12)}.json`, content: listText };
  return { sources, entries, list, bytes: bytesOfAll([...sources, list], bytesOf) };
}

/** What saving everything in an edition downloads on top of the shell, given its search (`searchOf`). */
const restBytesOf = (
  files: readonly BuiltFile[],
  edition: Edition,
  searchBytes: number,
  bytesOf: (file: BuiltFile) => number,
) =>
  bytesOfAll(
    files.filter(({ file }) => isInOfflineCopy(file, edition) && !isInShell(file, edition)),
    bytesOf,
  ) + searchBytes;

/**
 * What saving everything in an edition downloads on top of the shell, search and its list included:
 * `offlineCopy(...).restBytes` without building the rest of the copy.
 */
export function saveEverythingBytes(
  files: readonly BuiltFile[],
  edition: Edition = 'zh-Hans',
  bytesOf = transferBytes,
): number {
  return restBytesOf(files, edition, searchOf(files, edition, bytesOf).bytes, bytesOf);
}

/** Fails the build, naming them, when pages the shell must have were not built. */
function checkShell(entries: readonly CacheEntry[], edition: Edition): void {
  const missing = [offlinePagePath, ...siteConfig.offlineShell]
    .map((path) => pathInEdition(path, edition))
    .filter((path) => !entries.some(([kept]) => kept === path));
  if (missing.length > 0) {
    throw new Error(
      `离线缓存缺少 ${missing.join('、')}（离线页面 src/pages/offline.astro，或 src/site.config.ts 的 offlineShell 写错了）。`,
    );
  }
}

/**
 * The offline copy of an edition of a build whose service worker runs `workerCode`. A file is cached under
 * its revision (`entryOf`), so the next service worker copies an unchanged file from the old cache instead
 * of downloading it again. The version covers
 * the worker's code, the shell and the list of everything, so a change to any page reaches readers who
 * kept it. `bytesOf` measures a file on the wire; pass one that remembers, to measure each file once.
 */
export function offlineCopy(
  files: readonly BuiltFile[],
  workerCode: string,
  edition: Edition = 'zh-Hans',
  bytesOf = transferBytes,
): OfflineCopy {
  const offlinePage = pathInEdition(offlinePagePath, edition);
  const kept = files.filter(({ file }) => isInOfflineCopy(file, edition));
  const shellFiles = kept.filter(({ file }) => isInShell(file, edition));
  const entries = shellFiles.map(entryOf).sort(byPath);
  const search = searchOf(files, edition, bytesOf);
  const searchFile = urlPathOf(search.list.file);
  // The list is named after its content, so it is its own cache key.
  const everything = [...kept.map(entryOf), ...search.entries, [searchFile, searchFile] as CacheEntry].sort(byPath);
  checkShell(entries, edition);
  const everythingFile = `/sw-${digest(JSON.stringify(everything), 12)}.json`;
  const otherEditions = allEditions
    .map((other) => editions[other].pathPrefix)
    .filter((prefix) => prefix !== editions[edition].pathPrefix && prefix.startsWith(editions[edition].pathPrefix));
  return {
    manifest: {
      version: digest(JSON.stringify([workerCode, entries, everythingFile, searchFile]), 12),
      offlinePage,
      entries,
      searchFolder: `/${searchFolder}`,
      search: searchFile,
      everything: everythingFile,
      otherEditions,
    },
    everything,
    searchEntries: search.entries,
    searchList: search.list,
    shellBytes: bytesOfAll(shellFiles, bytesOf),
    restBytes: restBytesOf(files, edition, search.bytes, bytesOf),
    searchBytes: search.bytes,
  };
}

/**
 * Stands in the save-offline page for the size of everything beyond the shell until the build knows it:
 * pages are rendered before any of them can be measured. `fillSaveEverythingSize` writes the number in.
 */
export const saveEverythingSizeMarker = '__SAVE_EVERYTHING_KB__';

/** `bytes` as the save-offline page states it: whole kilobytes (1 KB = 1,000 bytes), at least 1. */
export function kilobytes(bytes: number): string {
  return Math.max(1, Math.round(bytes / 1000)).toLocaleString('en-US');
}

/** A page with the size of everything written in place of the marker. */
export function fillSaveEverythingSize(html: string, bytes: number): string {
  return html.replaceAll(saveEverythingSizeMarker, kilobytes(bytes));
}
