/**
 * What the service worker (./worker.ts) tells a reader about the copy on their phone: the offline page lists the
 * pages saved beyond the shell, each with the day it was saved, and a page opened from the phone while offline
 * opens with one line saying so. The words come from the edition's offline page (src/pages/offline.astro), which
 * the Traditional edition converts; what this adds is markup, titles and dates. Bundled into the worker, so it
 * imports nothing that needs Node or a date library.
 */
import { chineseDateOf, isoDateOf } from '../lib/dates/day.ts';

/** A page kept on the phone: its path, its title as HTML, and when it was saved (unknown without a Date header). */
export interface SavedPage {
  path: string;
  title: string;
  savedAt: Date | undefined;
}

/**
 * When a copy was saved: its `Date` header, which the server sets when it sends the response (RFC 9110 §6.6.1).
 * The Cache API keeps no time of its own, and the header costs the worker no code to store: it travels with the
 * copy, also when a new version copies an unchanged page from the old cache, which keeps its first download's day.
 * The server's clock, not the phone's, which may be wrong; the day is read in the phone's time zone.
 */
export function savedAtOf(dateHeader: string | null): Date | undefined {
  const time = Date.parse(dateHeader ?? '');
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Whether a cached path is a page the offline page lists: a page (its URL ends in `/`) outside the shell. */
export const isListedPage = (path: string, shell: ReadonlyMap<string, string>) =>
  path.endsWith('/') && !shell.has(path);

/** A page's heading (its one `h1`) as HTML, without tags; its path when it has none. */
export function titleOf(html: string, path: string): string {
  return (
    html
      .match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1]
      ?.replace(/<[^>]*>/g, '')
      .trim() || path
  );
}

/** The day a copy was saved, as the site writes dates. */
const savedDayHtml = (savedAt: Date) => `<time datetime="${isoDateOf(savedAt)}">${chineseDateOf(savedAt)}</time>`;

/** Newest first, as the reader most likely looks for what they read last; pages saved together, in the order saved. */
const newestFirst = (a: SavedPage, b: SavedPage) => Number(b.savedAt ?? 0) - Number(a.savedAt ?? 0);

/** The items of the offline page's list: each page a 44 px link (as the shell's list), then the day it was saved. */
export function savedPageItems(pages: readonly SavedPage[]): string {
  return [...pages]
    .sort(newestFirst)
    .map(
      ({ path, title, savedAt }) =>
        `<li><a href="${path}" class="inline-flex min-h-11 items-center">${title}</a>${savedAt ? ` ${savedDayHtml(savedAt)}` : ''}</li>`,
    )
    .join('');
}

/** The list the offline page fills; what it holds as built says that nothing else is saved. */
const savedPagesList = /(<ul\b[^>]*\bdata-saved-pages\b[^>]*>)[\s\S]*?<\/ul>/;

/** The offline page with its list of saved pages, when there are any; as built when there are none. */
export function withSavedPages(offlinePage: string, pages: readonly SavedPage[]): string {
  if (pages.length === 0) return offlinePage;
  return offlinePage.replace(savedPagesList, (_, list: string) => `${list}${savedPageItems(pages)}</ul>`);
}

/** The line a page opened offline from the phone starts with: the offline page's template, with the day. */
export function savedCopyLine(offlinePage: string, savedAt: Date): string | undefined {
  return offlinePage
    .match(/<template data-saved-copy>([\s\S]*?)<\/template>/)?.[1]
    ?.replace('<time></time>', savedDayHtml(savedAt));
}

/** A page with `line` first in its main content. */
export function withLineFirst(page: string, line: string): string {
  return page.replace(/<main\b[^>]*>/, (main) => `${main}${line}`);
}
