import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/**
 * Notes for the Traditional edition's readers only (issue 25): an editor writes them in Simplified, in the
 * article, as `:::hant-only` … `:::` (optionally `:::hant-only[标题]`). Every article renders once, in
 * Simplified, for both editions; the note is rendered as a marked `<aside>`, which the Traditional edition
 * converts with the rest and the Simplified edition drops on the way out (src/middleware.ts).
 */

/** The directive of a Traditional-only note. */
export const traditionalNoteDirective = 'hant-only';

/** The note's title when the editor gives none (Simplified: it is converted with the page). */
export const traditionalNoteTitle = '给台湾和香港读者';

/** The attribute, and its value, that mark a rendered Traditional-only note. */
export const editionOnlyAttribute = { name: 'data-edition-only', value: 'zh-Hant' } as const;

/**
 * A rendered note: the `<aside>` carrying the attribute, up to its end (a note holds no other aside: the build
 * refuses one), with the line break before it, so that the Simplified page is the same as without the note.
 */
const RENDERED_NOTE = new RegExp(
  `\\n?<aside\\b[^>]*\\s${editionOnlyAttribute.name}="${editionOnlyAttribute.value}"[^>]*>[\\s\\S]*?</aside>`,
  'g',
);

/** `html` without its Traditional-only notes: how the Simplified edition ships a page. */
export function withoutTraditionalNotes(html: string): string {
  return html.includes(editionOnlyAttribute.name) ? html.replace(RENDERED_NOTE, '') : html;
}

/**
 * What an editor reads when a note (`:::hant-only`) holds what it cannot: a heading (both editions keep the
 * same sections, for the language switch and the table of contents) or another such note. Null when it is fine.
 */
export function traditionalNoteProblem(note: ContainerDirective): string | null {
  let problem: string | null = null;
  visit(note, (child) => {
    if (child === note || problem) return;
    if (child.type === 'heading')
      problem = `:::${traditionalNoteDirective} 里不能有小标题（##）：两个版本的小标题要一一对应，请把小标题移到提示框外面。`;
    else if (child.type === 'containerDirective' && child.name === traditionalNoteDirective)
      problem = `:::${traditionalNoteDirective} 里不能再放 :::${traditionalNoteDirective}。`;
  });
  return problem;
}
