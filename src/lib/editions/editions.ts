import { siteConfig } from '../../site.config.ts';

/** An edition of the guide: the Simplified source, or the Traditional (Taiwan) one converted from it. */
export type Edition = 'zh-Hans' | 'zh-Hant';

/** What differs between the editions besides the text. */
export interface EditionSettings {
  /** The BCP 47 tag of `<html lang>`, `hreflang` and JSON-LD `inLanguage`. */
  lang: string;
  /** The same language as OpenGraph writes it. */
  ogLocale: string;
  /** Where the edition's pages live, with slashes on both ends. */
  pathPrefix: string;
}

/** Each edition's language, OpenGraph locale and path prefix. */
export const editions: Readonly<Record<Edition, EditionSettings>> = siteConfig.editions;

/** Every edition, the Simplified source first. */
export const allEditions = Object.keys(editions) as Edition[];

const traditionalPrefix = editions['zh-Hant'].pathPrefix;

/** The edition a URL path belongs to: zh-Hant under `/zh-hant/`, zh-Hans everywhere else. */
export function editionOfPath(path: string): Edition {
  return path.startsWith(traditionalPrefix) || path === traditionalPrefix.slice(0, -1) ? 'zh-Hant' : 'zh-Hans';
}

/** The path of the same page in the Simplified source: `/zh-hant/faq/#x` → `/faq/#x`. */
export function sourcePathOf(path: string): string {
  return editionOfPath(path) === 'zh-Hant' ? `/${path.slice(traditionalPrefix.length)}` : path;
}

/** The path of the same page (or feed) in `edition`, from a path of either edition: `/faq/#x` → `/zh-hant/faq/#x`. */
export function pathInEdition(path: string, edition: Edition): string {
  return `${editions[edition].pathPrefix}${sourcePathOf(path).slice(1)}`;
}

/** `/`, `/faq/`, `/faq/#anchor`, `/?q`: a root-relative path that ends in a slash. */
const PAGE_LINK = /^\/(?!\/)(?:[^?#]*\/)?(?:[?#].*)?$/;

/**
 * A link as a page of `edition` should write it: a link to one of the site's pages (a root-relative
 * path ending in `/`, maybe with `#anchor`) leads to that page in the same edition; external, in-page
 * and file links stay as they are. In the Traditional edition a percent-encoded anchor is written out
 * as text, so that the conversion turns it into the converted heading id it points to.
 */
export function localizeHref(href: string, edition: Edition): string {
  if (!PAGE_LINK.test(href)) return href;
  return pathInEdition(edition === 'zh-Hant' ? decodeAnchor(href) : href, edition);
}

function decodeAnchor(href: string): string {
  const [path, anchor] = href.split(/#(.*)/s);
  try {
    return anchor === undefined ? href : `${path}#${decodeURIComponent(anchor)}`;
  } catch {
    return href; // not valid percent-encoding: leave it to the link checks
  }
}

/** Search engines are asked to skip these pages (the search page, the 404 page) in every edition. */
export function isUnlistedPath(path: string): boolean {
  return (siteConfig.unlistedPaths as readonly string[]).includes(sourcePathOf(path));
}

/** The absolute URL (on the site's address) of `path` in `edition`: canonical links, feeds, share images. */
export function urlInEdition(path: string, edition: Edition): string {
  return new URL(pathInEdition(path, edition), siteConfig.url).href;
}

/** One `hreflang` alternate: a language tag (or `x-default`) and an absolute URL. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * A page's alternates for `<link rel="alternate" hreflang>` and the sitemap: the page in each edition,
 * and `x-default` (readers whose language matches neither) pointing to the Simplified source.
 */
export function alternatesOf(path: string): Alternate[] {
  return [
    ...allEditions.map((edition) => ({ hreflang: editions[edition].lang, href: urlInEdition(path, edition) })),
    { hreflang: 'x-default', href: urlInEdition(path, 'zh-Hans') },
  ];
}

/** The path Astro gives the 404 page while rendering it. */
export const errorPagePath = '/404/';

/**
 * Where the language switch leads: the same page in the other edition. The 404 page is shown at
 * whatever address was mistyped and has no page of its own, so from it the switch leads home.
 */
export function languageSwitchPath(path: string, target: Edition): string {
  return pathInEdition(sourcePathOf(path) === errorPagePath ? '/' : path, target);
}
