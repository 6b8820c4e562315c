import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { siteConfig } from '../../src/site.config';
import { parseDocument } from './html';

/** The built site, as `npm run build` leaves it. */
export const distDir = new URL('../../dist/', import.meta.url);

/** One built HTML page: its path as served (`/faq/`, `/404/`) and its parsed document. */
export interface BuiltPage {
  path: string;
  document: Document;
}

function htmlFiles(dir: URL, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
  });
}

/** Every HTML page in dist/. Fails with a clear message when the site has not been built. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  return htmlFiles(distDir)
    .sort()
    .map((file) => ({
      path: `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`,
      document: parseDocument(readFileSync(new URL(file, distDir), 'utf8')),
    }));
}

/** The absolute production URL of a site path. */
export function siteUrl(path: string): string {
  return new URL(path, siteConfig.url).href;
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function readableText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (NOT_TEXT.has(element.tagName.toUpperCase()) || element.hasAttribute('data-pagefind-ignore')) return '';
  const inner = [...element.childNodes].map(readableText).join('');
  return BLOCK_ELEMENTS.has(element.tagName.toUpperCase()) ? `\n${inner}\n` : inner;
}

/**
 * The text Pagefind indexes on a page: what is inside `data-pagefind-body`, minus anything marked
 * `data-pagefind-ignore`, with block elements kept apart. Empty for a page that is not indexed.
 */
export function indexedText(document: Document): string {
  return [...document.querySelectorAll('[data-pagefind-body]')].map(readableText).join('\n');
}

/** Whether a built page is an article (its OpenGraph type says so). */
export function isArticlePage(document: Document): boolean {
  return document.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article';
}
