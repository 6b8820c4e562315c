import { simplifiedOnlyCharacters } from './traditional-chinese.ts';

/**
 * The language switch keeps the reader's section (`#fragment`) with no JavaScript: pages without the
 * reminder ship none. A page gets a copy of its switch link for each section, each leading to that
 * section in the other edition; CSS shows the copy of the section that is the `:target` instead of
 * the plain link, and hides every copy otherwise.
 */

/** The attribute LanguageSwitch puts on its link when the other edition has the same page (not on the 404 page). */
export const SWITCH_ATTRIBUTE = 'data-edition-switch';

/** One section of a page: its id on this page and on the same page in the other edition. */
export interface Section {
  id: string;
  twinId: string;
}

/**
 * Headings and sections with an id: where a link into the page lands. Their ids are written into CSS and
 * links as they are: Astro makes heading ids with github-slugger, which leaves no quote, `&` or markup.
 */
const SECTION_ID = /<(?:h[2-6]|section)\b[^>]*?\sid="([^"]+)"/g;
const SWITCH_LINK = new RegExp(`<a\\b[^>]*\\s${SWITCH_ATTRIBUTE}\\b[^>]*>[\\s\\S]*?</a>`);

/** The ids of a page's headings and sections, in order. */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(SECTION_ID)].map(([, id]) => id!);
}

/**
 * A fragment as a link writes it: Simplified-only characters percent-encoded, so that a Traditional page
 * stays free of them; the rest as it is, a third of the bytes of percent-encoding.
 */
function fragmentOf(id: string): string {
  return [...id].map((character) => (simplifiedOnlyCharacters.includes(character) ? encodeURIComponent(character) : character)).join('');
}

/** The page with one copy of its language switch per section and the style that picks the copy to show. */
export function withSectionSwitch(html: string, sections: readonly Section[]): string {
  const link = SWITCH_LINK.exec(html)?.[0];
  if (!link || sections.length === 0) return html;
  const copies = sections
    .map(({ twinId }, index) => link.replace(/\shref="([^"#]*)[^"]*"/, (_, path: string) => ` href="${path}#${fragmentOf(twinId)}" data-section="${index}"`))
    .join('');
  // Every heading and section with an id has a copy, so while one of them is the target the plain link steps aside.
  const style = [
    'a[data-section]{display:none}',
    `:root:has(:is(h2,h3,h4,h5,h6,section)[id]:target) a[${SWITCH_ATTRIBUTE}]:not([data-section]){display:none}`,
    ...sections.map(({ id }, index) => `:root:has([id="${id}"]:target) a[data-section="${index}"]{display:inline}`),
  ].join('');
  return withStyle(html.replace(link, `${link}${copies}`), style);
}

/**
 * The rules join the page's last inline stylesheet in its head, when it has one (every built page does):
 * a stylesheet of their own would add its sha256 hash to the page's CSP meta tag, about 50 B gzip.
 */
function withStyle(html: string, style: string): string {
  const headEnd = html.indexOf('</head>');
  const styleEnd = html.lastIndexOf('</style>', headEnd);
  if (styleEnd < 0) return html.replace('</head>', `<style>${style}</style></head>`);
  return `${html.slice(0, styleEnd)}${style}${html.slice(styleEnd)}`;
}
