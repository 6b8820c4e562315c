/**
 * What the search page does with Pagefind's results before the reader sees them: which pages really hold
 * the query's words (Pagefind matches Chinese text character by character, so 无 alone finds 无此词),
 * which sections of a page to show, and excerpts that read as Chinese. Pure, so it is unit tested; the
 * page's script (src/components/search-results.ts) feeds it Pagefind's data.
 */

/** One word of a query: the spellings that count as it. */
export interface QueryWord {
  spellings: string[];
}

const HAN = /\p{Script=Han}/u;

/**
 * A pattern for `term` in page text: any case, and any spacing where Latin letters meet Chinese
 * characters or where the term has a space ("QR 码" finds "QR码", "旅行eSIM" finds "旅行 eSIM").
 */
export function termPattern(term: string): string {
  const characters = [...term.trim().replace(/\s+/g, ' ')];
  return characters
    .map((character, index) => {
      if (character === ' ') return '\\s*';
      const escaped = character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const previous = characters[index - 1];
      const meets = previous !== undefined && previous !== ' ' && HAN.test(previous) !== HAN.test(character);
      return meets ? `\\s*${escaped}` : escaped;
    })
    .join('');
}

/** A case-insensitive expression finding any of `terms`, longest first. */
export function termsExpression(terms: readonly string[]): RegExp | null {
  const patterns = [...new Set(terms.filter((term) => term.trim()))]
    .sort((a, b) => b.length - a.length)
    .map(termPattern);
  return patterns.length > 0 ? new RegExp(patterns.join('|'), 'giu') : null;
}

const contains = (text: string, term: string) => new RegExp(termPattern(term), 'iu').test(text);

/**
 * The words of `query`: the phrases of `synonyms` it contains (any of a group's spellings stands for the
 * group), then what is left, split at spaces. Each spelling is converted into the page's script with
 * `toEdition`; the reader's own spelling is kept too.
 */
export function queryWords(
  query: string,
  synonyms: readonly (readonly string[])[],
  toEdition: (text: string) => string,
): QueryWord[] {
  const spell = (terms: readonly string[]) => ({
    spellings: [...new Set(terms.flatMap((term) => [toEdition(term), term]))],
  });
  const words: QueryWord[] = [];
  const groups = synonyms
    .flatMap((group) => group.map((term) => ({ term, group })))
    .sort((a, b) => b.term.length - a.term.length);
  let rest = ` ${query.trim()} `;
  for (const { term, group } of groups) {
    if (words.some(({ spellings }) => spellings.includes(group[0]!))) continue;
    const found = new RegExp(`${termPattern(term)}|${termPattern(toEdition(term))}`, 'iu');
    for (const text of [rest, toEdition(rest)]) {
      const match = found.exec(text);
      if (!match) continue;
      words.push(spell(group));
      rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
      break;
    }
  }
  return [
    ...words,
    ...rest
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => spell([word])),
  ];
}

/**
 * `spelling` as pieces of at least two characters that each occur in `text` (续费流量 as 续费 + 流量), or
 * null: a long word readers type without spaces still counts, a single shared character never does.
 */
function inPieces(spelling: string, text: string): string[] | null {
  const word = [...spelling.replace(/\s+/g, '').toLowerCase()];
  const page = text.replace(/\s+/g, '').toLowerCase();
  // A piece never ends inside a Latin word.
  const boundary = (at: number) => !/[a-z0-9]/.test(word[at - 1] ?? '') || !/[a-z0-9]/.test(word[at] ?? '');
  const covers: (string[] | null)[] = [];
  covers[word.length] = [];
  for (let start = word.length - 2; start >= 0; start -= 1) {
    covers[start] = null;
    if (!boundary(start)) continue;
    for (let end = word.length; end >= start + 2 && !covers[start]; end -= 1) {
      const piece = word.slice(start, end).join('');
      if (covers[end] && boundary(end) && page.includes(piece)) covers[start] = [piece, ...covers[end]!];
    }
  }
  return covers[0] ?? null;
}

/** The terms that stand for `word` on a page: its spellings found there, else the pieces of one; none when it is not there. */
export function termsOnPage(word: QueryWord, text: string): string[] {
  const spellings = word.spellings.filter((spelling) => contains(text, spelling));
  if (spellings.length > 0) return spellings;
  for (const spelling of word.spellings) {
    const pieces = inPieces(spelling, text);
    if (pieces) return pieces;
  }
  return [];
}

/** A section of a page: the heading's id (none for the text before the first heading), heading and text. */
export interface Section {
  id: string | null;
  heading: string;
  text: string;
}

/** The parts of Pagefind's fragment data this module reads. */
export interface FragmentText {
  /** The page text with a zero-width space between words, `<` and `>` escaped. */
  raw_content: string;
  meta: { title?: string };
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** Removes `prefix` from the start of `text`, whatever the spacing of either. */
function withoutPrefix(text: string, prefix: string): string {
  let at = 0;
  for (const character of prefix.replace(/\s+/g, '')) {
    while (at < text.length && /\s/.test(text[at]!)) at += 1;
    if (text[at] !== character) return text;
    at += 1;
  }
  return text.slice(at);
}

/** Full-width punctuation, after which Chinese text has no space. */
const FULL_WIDTH_PUNCTUATION = '。！？；：，、）」』”’…';

/**
 * Page text as a reader expects it: Pagefind's ". " between blocks that end without punctuation becomes 。
 * next to Chinese, and the spaces it leaves after full-width punctuation go.
 */
export function readableText(text: string): string {
  return text
    .replace(/\s*\.\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\.\s+/gu, '。')
    .replace(new RegExp(`([${FULL_WIDTH_PUNCTUATION}])\\s+`, 'g'), '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.。]+/, '')
    .trim();
}

/**
 * A page's sections, split at its headings the way Pagefind's sub-results are (headings with ids), each
 * text without its heading. The first section is what comes before the first heading, without the title.
 */
export function pageSections(fragment: FragmentText): Section[] {
  const words = fragment.raw_content.split('\u200b');
  const headings = fragment.anchors
    .filter(({ element, text }) => /^h\d$/i.test(element) && text.trim())
    .sort((a, b) => a.location - b.location);
  const title = fragment.meta.title ?? '';
  const bounds = [
    { id: null, heading: title, location: 0 },
    ...headings.map(({ id, text, location }) => ({ id, heading: text.trim(), location })),
  ];
  return bounds.map(({ id, heading, location }, index) => {
    const raw = words.slice(location, bounds[index + 1]?.location ?? words.length).join('');
    const text = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    return { id, heading, text: readableText(withoutPrefix(text, heading)) };
  });
}

/** A piece of an excerpt or heading: text, and whether it is a match to highlight. */
export type Piece = [text: string, match: boolean];

/** `text` in pieces, the parts `expression` finds marked as matches. */
export function highlight(text: string, expression: RegExp | null): Piece[] {
  if (!expression) return [[text, false]];
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(expression)) {
    if (match.index > at) pieces.push([text.slice(at, match.index), false]);
    pieces.push([match[0], true]);
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push([text.slice(at), false]);
  return pieces;
}

/** The Chinese ellipsis (GB/T 15834), where an excerpt cuts the text. */
export const ELLIPSIS = '……';

/** Where a phrase may start: after one of these. */
const PHRASE_END = /[。！？；：，、）」』”’…]/u;
const SENTENCE_END = /[。！？]$/u;

/**
 * An excerpt of `text` about `length` characters long around the first place with the most of `expression`'s
 * matches. It starts at the beginning of a phrase when one begins up to `lead` characters before the match,
 * and ends after a sentence or a phrase; where it cuts the text it shows the Chinese ellipsis.
 */
export function excerpt(text: string, expression: RegExp | null, length = 60, lead = 16): string {
  const characters = [...text];
  if (characters.length <= length) return text;
  const matches = expression
    ? [...text.matchAll(expression)].map((match) => [...text.slice(0, match.index)].length)
    : [];
  let focus = 0;
  let best = 0;
  for (const start of matches) {
    const inWindow = matches.filter((at) => at >= start && at < start + length - lead).length;
    if (inWindow > best) [focus, best] = [start, inWindow];
  }
  let start = focus;
  if (focus <= lead) start = 0;
  else {
    for (let at = focus; at >= focus - lead; at -= 1) {
      if (PHRASE_END.test(characters[at - 1]!)) {
        start = at;
        break;
      }
    }
  }
  let end = Math.min(characters.length, start + length);
  if (end < characters.length) {
    // End after the last phrase in the window, unless that leaves too little of it.
    for (let at = end; at > start + length / 2; at -= 1) {
      if (PHRASE_END.test(characters[at - 1]!)) {
        end = at;
        break;
      }
    }
  }
  let body = characters.slice(start, end).join('').trim();
  const cutAfter = end < characters.length && !SENTENCE_END.test(body);
  if (cutAfter) body = body.replace(/[，、；：]$/u, '');
  return `${start > 0 ? ELLIPSIS : ''}${body}${cutAfter ? ELLIPSIS : ''}`;
}

/** A section worth showing: how many of the query's words it holds, in all and in its heading, and how often they occur. */
export interface SectionMatch extends Section {
  words: number;
  wordsInHeading: number;
  occurrences: number;
}

/**
 * Between sections holding as many words, in all and in their headings: where the headings name words, the text
 * before the first heading first, since its heading is the page's title and the whole page is about them (“Airalo”
 * lands on the top of Airalo's page, not on the one step that names the app); where they name none, a section
 * after a heading first, as the text before the first heading only introduces the page.
 */
function openingOrder(a: SectionMatch, b: SectionMatch): number {
  return (Number(b.id === null) - Number(a.id === null)) * (a.wordsInHeading > 0 ? 1 : -1);
}

/**
 * The sections to show for a page, best first, at most `limit`. `found` holds, for each word of the query,
 * the terms that stand for it on this page (`termsOnPage`). First the sections holding the most words, then
 * those whose heading names the most of them (the section is about them; the text before the first heading
 * is headed by the page's title), then `openingOrder`, then those with the most matches.
 */
export function bestSections(
  sections: readonly Section[],
  found: readonly (readonly string[])[],
  limit = 3,
): SectionMatch[] {
  const expression = termsExpression(found.flat());
  const holding = (text: string) => found.filter((terms) => terms.some((term) => contains(text, term))).length;
  return sections
    .map((section): SectionMatch => ({
      ...section,
      words: holding(`${section.heading} ${section.text}`),
      wordsInHeading: holding(section.heading),
      occurrences: expression ? [...section.text.matchAll(expression)].length : 0,
    }))
    .filter((section) => section.words > 0)
    .sort(
      (a, b) =>
        b.words - a.words || b.wordsInHeading - a.wordsInHeading || openingOrder(a, b) || b.occurrences - a.occurrences,
    )
    .slice(0, limit);
}

/** A page Pagefind found, before its text is loaded: its score (`rankCandidates`) and how many of the query's words found it. */
export interface Candidate<T> {
  result: T;
  score: number;
  words: number;
}

/**
 * Pagefind's results for each word of the query (one list per word, all its spellings together), merged per
 * page, best first: pages found for more of the words, then by Pagefind's score: for one word, the sum of its
 * spellings' scores (a local operator's page, where 续费 means 充值 of a balance, holds both words of the group
 * and ranks for 充值 above a page that only says 续费), for several words the best word's. This order decides whose
 * text is downloaded at all, so it uses only what Pagefind knows without loading a page.
 */
export function rankCandidates<T extends { id: string; score: number }>(
  resultsPerWord: readonly (readonly T[])[],
): Candidate<T>[] {
  const byPage = new Map<string, Candidate<T>>();
  for (const results of resultsPerWord) {
    for (const id of new Set(results.map((result) => result.id))) {
      const spellings = results.filter((result) => result.id === id);
      const best = spellings.reduce((a, b) => (b.score > a.score ? b : a));
      const score = spellings.reduce((sum, result) => sum + result.score, 0);
      const seen = byPage.get(id);
      if (!seen) byPage.set(id, { result: best, score, words: 1 });
      else
        byPage.set(id, {
          result: best.score > seen.result.score ? best : seen.result,
          score: Math.max(seen.score, score),
          words: seen.words + 1,
        });
    }
  }
  return [...byPage.values()].sort((a, b) => b.words - a.words || b.score - a.score);
}

/** How a page that was loaded answers the query (the order of findPages in src/components/search-results.ts). */
export interface PageAnswer {
  /** Words of the query the page's text holds. */
  words: number;
  /** Words its best section holds, plus those its heading and the page's title name. */
  answers: number;
  /** One seller's or operator's page, not a guide for everyone. */
  sellerPage: boolean;
  score: number;
}

/**
 * Best answer first: the page holding the most of the query's words; then the one that answers best; then a
 * guide for everyone before one seller's page (a query that names no seller is not about one: 续费 wants the
 * four steps before Nar 续费步骤, while “Nar 续费” finds Nar in Nar's title); then Pagefind's score.
 */
export function compareAnswers(a: PageAnswer, b: PageAnswer): number {
  return b.words - a.words || b.answers - a.answers || Number(a.sellerPage) - Number(b.sellerPage) || b.score - a.score;
}
