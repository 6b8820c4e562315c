/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * Nests `h2` and `h3` headings into a table of contents. An `h3` before any `h2` is lifted to the top
 * level so no heading is lost.
 */
export function buildTableOfContents(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > 3) continue;
    const entry: TocEntry = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}
