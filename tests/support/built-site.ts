import { editionOfPath, editions, pathInEdition, sourcePathOf } from '../../src/lib/editions/editions.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The absolute production URL of a site path. */
export function siteUrl(path: string): string {
  return new URL(path, siteConfig.url).href;
}

/** The path a built page calls canonical: Astro renders `404.html` as the page `/404/`. */
export function canonicalPathOf(builtPath: string): string {
  return builtPath.replace(/\.html$/, '/');
}

/** Whether a built page is an article (its OpenGraph type says so). */
export function isArticlePage(document: Document): boolean {
  return document.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article';
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function readableText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (NOT_TEXT.has(tag) || element.hasAttribute('data-pagefind-ignore')) return '';
  const inner = [...element.childNodes].map(readableText).join('');
  return BLOCK_ELEMENTS.has(tag) ? `\n${inner}\n` : inner;
}

/**
 * The text Pagefind indexes on a page: what is inside `data-pagefind-body`, minus anything marked
 * `data-pagefind-ignore`, with block elements kept apart. Empty for a page that is not indexed.
 */
export function indexedText(document: Document): string {
  return [...document.querySelectorAll('[data-pagefind-body]')].map(readableText).join('\n');
}

/** Where the Traditional edition's pages live (issue 7). */
export const traditionalPrefix = editions['zh-Hant'].pathPrefix;

/** Whether a built page (or path) belongs to the Traditional edition: the site's own rule, src/lib/editions/editions.ts. */
export function isTraditional(path: string): boolean {
  return editionOfPath(path) === 'zh-Hant';
}

/** The home page of the edition a built page belongs to. */
export function editionHomeOf(path: string): string {
  return pathInEdition('/', editionOfPath(path));
}

/** The path of a built page's Simplified twin: `/zh-hant/faq/` → `/faq/`. */
export const simplifiedPathOf = sourcePathOf;

/** A page's path in the Traditional edition, from its path in either edition. */
export function traditionalPathOf(path: string): string {
  return pathInEdition(path, 'zh-Hant');
}

/** The default share image of a built page's edition (each edition has its own, in its own script). */
export function shareImagePathOf(path: string): string {
  return `${editionHomeOf(path)}${siteConfig.shareImage.path.slice(1)}`;
}

/** The text of a page's `<h1>`. */
export function headingOf(document: Document): string {
  return document.querySelector('h1')!.textContent!.trim();
}
