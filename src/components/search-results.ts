/**
 * The search page's results, loaded with Pagefind on the reader's first query (SearchPanel.astro), so the
 * page's first view carries none of it. Pagefind finds candidate pages for every spelling of every word
 * of the query; src/lib/search-match.ts keeps the pages that really hold the words and picks the sections
 * and excerpts to show.
 */
import { searchSynonyms } from '../data/search-synonyms';
import { scriptConverter, type ScriptTable } from '../lib/script-table';
import {
  bestSections,
  excerpt,
  highlight,
  pageSections,
  queryWords,
  termsExpression,
  termsOnPage,
  type FragmentText,
  type Piece,
} from '../lib/search-match';

/** The part of Pagefind's browser API (dist/pagefind/pagefind.js) this page uses. */
interface PagefindApi {
  options(options: { noWorker?: boolean }): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindPage> }[] }>;
}
interface PagefindPage extends FragmentText {
  url: string;
  /** The page text without the zero-width spaces. */
  content: string;
}

/** A page found: its title, and the sections to show, best first (the title links to the first). */
export interface FoundPage {
  title: string;
  sections: { url: string; heading: Piece[]; excerpt: Piece[] }[];
}

/** Written by the build into dist/; a variable so the bundler leaves the import alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

let engine: Promise<{ pagefind: PagefindApi; toEdition: (text: string) => string }> | undefined;

/** Pagefind and the edition's script table (src/integrations/search-index.ts), fetched once. */
function loadEngine() {
  const language = document.documentElement.lang.toLowerCase();
  engine ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>,
    fetch(`/pagefind/script-table.${language}.json`).then((response) => {
      if (!response.ok) throw new Error(`script table: HTTP ${response.status}`);
      return response.json() as Promise<ScriptTable>;
    }),
  ]).then(async ([pagefind, table]) => {
    // A handful of articles search in a blink on the main thread; a worker would cost one more download.
    await pagefind.options({ noWorker: true });
    return { pagefind, toEdition: scriptConverter(table) };
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

/**
 * The pages that hold the query's words: those holding the most of them first; then those that answer
 * best, counting the words their best section holds, the words its heading names and the words in the
 * page's title (a guide named after a word is about it); then by Pagefind's score.
 */
export async function findPages(query: string): Promise<FoundPage[]> {
  const { pagefind, toEdition } = await loadEngine();
  const words = queryWords(query, searchSynonyms, toEdition);
  const terms = [...new Set(words.flatMap(({ spellings }) => spellings))];
  const candidates = new Map<string, { score: number; data(): Promise<PagefindPage> }>();
  for (const { results } of await Promise.all(terms.map((term) => pagefind.search(term)))) {
    for (const result of results) {
      if ((candidates.get(result.id)?.score ?? -1) < result.score) candidates.set(result.id, result);
    }
  }
  const pages = await Promise.all(
    [...candidates.values()].map(async ({ score, data }) => {
      const page = await data();
      const found = words.map((word) => termsOnPage(word, page.content));
      const sections = bestSections(pageSections(page), found);
      const inTitle = words.filter((word) => termsOnPage(word, page.meta.title ?? '').length > 0).length;
      const best = sections[0];
      return {
        score,
        page,
        found,
        sections,
        words: found.filter((terms) => terms.length > 0).length,
        answers: (best?.words ?? 0) + (best?.wordsInHeading ?? 0) + inTitle,
      };
    }),
  );
  return pages
    .filter((page) => page.sections.length > 0)
    .sort((a, b) => b.words - a.words || b.answers - a.answers || b.score - a.score)
    .map(({ page, found, sections }) => {
      const expression = termsExpression(found.flat());
      return {
        title: page.meta.title ?? page.url,
        sections: sections.map(({ id, heading, text }) => ({
          url: id === null ? page.url : `${page.url}#${id}`,
          heading: highlight(heading, expression),
          excerpt: highlight(excerpt(text, expression), expression),
        })),
      };
    });
}

/** Appends `pieces` to `parent`, each match in a `<mark>`. */
function appendPieces(parent: HTMLElement, pieces: readonly Piece[]) {
  for (const [text, match] of pieces) {
    if (!match) parent.append(text);
    else parent.appendChild(document.createElement('mark')).textContent = text;
  }
}

/** One list item per page: its title, linking to its best section, then each section's heading and excerpt. */
function resultItem({ title, sections }: FoundPage): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-lg border border-line p-4';
  const heading = item.appendChild(document.createElement('h2'));
  heading.className = 'text-lg font-bold';
  const link = heading.appendChild(document.createElement('a'));
  link.href = sections[0]!.url;
  link.textContent = title;
  const list = item.appendChild(document.createElement('ul'));
  list.className = 'mt-2 space-y-3';
  for (const section of sections) {
    const entry = list.appendChild(document.createElement('li'));
    const sectionHeading = entry.appendChild(document.createElement('h3'));
    sectionHeading.className = 'font-bold';
    appendPieces(sectionHeading.appendChild(document.createElement('a')), section.heading);
    (sectionHeading.firstChild as HTMLAnchorElement).href = section.url;
    appendPieces(entry.appendChild(document.createElement('p')), section.excerpt);
  }
  return item;
}

/** The search page's list of results (SearchPanel.astro), defined once its script loads on the first query. */
export class SearchResults extends HTMLElement {
  find = findPages;

  show(pages: readonly FoundPage[]) {
    const list = document.createElement('ol');
    list.className = 'space-y-4';
    list.append(...pages.map(resultItem));
    this.replaceChildren(list);
  }
}

customElements.define('search-results', SearchResults);
