import type { Edition } from './editions.ts';
import { toTraditionalId } from './traditional-chinese.ts';

/**
 * The language switch keeps the reader's section (`#fragment`) with no JavaScript: pages without the
 * reminder ship none. A page gets a copy of its switch link for each section, each leading to that
 * section in the other edition; CSS shows the copy of the section that is the `:target` instead of
 * the plain link, and hides every copy otherwise. Made as the page renders (BaseLayout), so `astro dev`
 * shows the same header as the build.
 */

/** The attribute LanguageSwitch puts on its plain link when the page has copies of it (global.css hides the link by it). */
export const SWITCH_ATTRIBUTE = 'data-edition-switch';

/** One section of a page: its id as the reader gets the page, and the fragment of the same section in the other edition. */
export interface Section {
  id: string;
  twinFragment: string;
}

/**
 * Headings and sections with an id: where a link into the page lands. Their ids are written into CSS and
 * links as they are: Astro makes heading ids with github-slugger, which leaves no quote, `&` or markup.
 */
const SECTION_ID = /<(?:h[2-6]|section)\b[^>]*?\sid="([^"]+)"/g;

/** The ids of the headings and sections in rendered HTML, in order. */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(SECTION_ID)].map(([, id]) => id!);
}

/**
 * The sections of a page in `edition`, from the ids of its Simplified rendering: every page renders in
 * Simplified, and the middleware converts a Traditional one afterwards, so a Traditional page's ids are
 * the converted Simplified ones. There the fragment back to the Simplified page is percent-encoded whole:
 * the conversion changes Chinese words even where no character is Simplified-only (余额 → 餘額), never ASCII.
 */
export function sectionsOf(renderedIds: readonly string[], edition: Edition): Section[] {
  return renderedIds.map((id) =>
    edition === 'zh-Hant'
      ? { id: toTraditionalId(id), twinFragment: encodeURIComponent(id) }
      : { id, twinFragment: toTraditionalId(id) },
  );
}

/**
 * The style that shows a section's copy of the switch while that section is the target. The site's
 * stylesheet hides the copies, and the plain link while any section is the target (global.css).
 */
export function sectionSwitchStyle(sections: readonly Section[]): string {
  return sections
    .map(
      ({ id }, index) => `:root:has([id="${id}"]:target) .header-links a[data-section="${index}"]{display:inline-flex}`,
    )
    .join('');
}
