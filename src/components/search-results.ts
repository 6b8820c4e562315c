/**
 * The search page's results, loaded with Pagefind on the reader's first query (SearchPanel.astro), so the
 * page's first view carries none of it. Pagefind finds candidate pages for every spelling of every word
 * of the query; src/lib/search/match.ts keeps the pages that really hold the words and picks the sections
 * and excerpts to show.
 */
import { searchSynonyms } from '../data/search-synonyms.ts';
import { providersPath } from '../site.config.ts';
import { scriptConverter, type ScriptTable } from '../lib/editions/script-table.ts';
import {
  bestSections,
  compareAnswers,
  excerpt,
  highlight,
  pageSections,
  queryWords,
  rankCandidates,
  termsExpression,
  termsOnPage,
  type Candidate,
  type FragmentText,
  type PageAnswer,
  type Piece,
} from '../lib/search/match.ts';

/** The part of Pagefind's browser API (dist/pagefind/pagefind.js) this page uses. */
interface PagefindApi {
  options(options: { noWorker?: boolean }): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
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

/** Pages whose text is downloaded at a time (≈ 3 KB each): the first query's budget in tests/e2e/offline.spec.ts. */
const pagesPerBatch = 8;

/** Batches of pages that hold none of the query's words after all (a single shared character) before giving up. */
const emptyBatchesAtMost = 3;

/** Pages found for a query, best first, a batch at a time. */
export interface SearchAnswer {
  pages: FoundPage[];
  /** The next batch, or null once every page found is shown. */
  more: (() => Promise<SearchAnswer>) | null;
}

/** A seller's or operator's own page (`/providers/<slug>/`, in either edition), not the list of them all. */
const sellerPage = new RegExp(`${providersPath}[^/]+/$`);

/**
 * The pages that hold the query's words, best first. Pagefind finds candidate pages for every spelling of
 * every word without loading them; only a batch of the best candidates is downloaded and ranked at a time.
 */
export async function findPages(query: string): Promise<SearchAnswer> {
  const { pagefind, toEdition } = await loadEngine();
  const words = queryWords(query, searchSynonyms, toEdition);
  const resultsPerWord = await Promise.all(
    words.map(async ({ spellings }) =>
      (await Promise.all(spellings.map((term) => pagefind.search(term)))).flatMap(({ results }) => results),
    ),
  );
  const candidates = rankCandidates(resultsPerWord);

  const rank = async (batch: readonly Candidate<PagefindResult>[]): Promise<FoundPage[]> => {
    const pages = await Promise.all(
      batch.map(async ({ score, result }) => {
        const page = await result.data();
        const found = words.map((word) => termsOnPage(word, page.content));
        const sections = bestSections(pageSections(page), found);
        const inTitle = words.filter((word) => termsOnPage(word, page.meta.title ?? '').length > 0).length;
        const best = sections[0];
        const answer: PageAnswer = {
          words: found.filter((terms) => terms.length > 0).length,
          answers: (best?.words ?? 0) + (best?.wordsInHeading ?? 0) + inTitle,
          sellerPage: sellerPage.test(page.url),
          score,
        };
        return { page, found, sections, answer };
      }),
    );
    return pages
      .filter((page) => page.sections.length > 0)
      .sort((a, b) => compareAnswers(a.answer, b.answer))
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
  };

  const batchFrom = async (first: number): Promise<SearchAnswer> => {
    let pages: FoundPage[] = [];
    let next = first;
    while (pages.length === 0 && next < candidates.length && next - first < pagesPerBatch * emptyBatchesAtMost) {
      pages = await rank(candidates.slice(next, next + pagesPerBatch));
      next += pagesPerBatch;
    }
    return { pages, more: pages.length > 0 && next < candidates.length ? () => batchFrom(next) : null };
  };
  return batchFrom(0);
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

  /** How many pages the list shows. */
  get pageCount(): number {
    return this.querySelector('ol')?.childElementCount ?? 0;
  }

  /** Adds the next batch below the pages shown; returns the first new page's link, for the reader's focus. */
  appendPages(pages: readonly FoundPage[]): HTMLAnchorElement | null {
    const items = pages.map(resultItem);
    this.querySelector('ol')!.append(...items);
    return items[0]?.querySelector('a') ?? null;
  }
}

customElements.define('search-results', SearchResults);
