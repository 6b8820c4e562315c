import { countTerms, mainlandOnlyTerms, tasteTerms, watchTerms } from './mainland-terms.ts';
import { overrideChanges, toTaiwan, toTraditionalChinese } from './traditional-chinese.ts';
import { computingJargon, phraseErrors, stiffForms } from './traditional-errors.ts';

/** A phrase the override dictionary changed in an article, how often, and on which lines. */
export interface ReviewedChange {
  from: string;
  to: string;
  lines: number[];
}

/** A listed term in the converted article: the line of each occurrence and the converted text around it. */
export interface ReviewedTerm {
  term: string;
  lines: number[];
  contexts: string[];
}

/** What a Taiwanese reviewer checks in one article's Traditional edition. */
export interface TraditionalReview {
  changes: ReviewedChange[];
  /** OpenCC's phrase errors and computing jargon: `npm test` fails on them once the article is built. */
  errors: ReviewedTerm[];
  /** Mainland-only terms: `npm test` fails on them too. */
  mainland: ReviewedTerm[];
  /** Stiff or mixed forms: `npm test` fails on them too. */
  stiff: ReviewedTerm[];
  /** The edition's chosen words where Taiwan has several, to read once in their sentences. */
  taste: ReviewedTerm[];
  /** Watch-list words, each to be judged in its sentence. */
  watch: ReviewedTerm[];
}

/** The groups issue 25 counts the edition's wording in, each a list of terms a Taiwanese editor marks. */
export const wordingGroups = {
  errors: phraseErrors,
  jargon: computingJargon,
  vocabulary: mainlandOnlyTerms,
  stiff: stiffForms,
} as const;

/** How many marked terms of each group `text` holds (every occurrence counts). */
export function wordingGroupCounts(text: string): Record<keyof typeof wordingGroups, number> {
  const total = (list: readonly string[]) =>
    [...countTerms(text, list).values()].reduce((sum, count) => sum + count, 0);
  return {
    errors: total(wordingGroups.errors),
    jargon: total(wordingGroups.jargon),
    vocabulary: total(wordingGroups.vocabulary),
    stiff: total(wordingGroups.stiff),
  };
}

/** The converted text around each occurrence of `term` in `line`, up to `reach` characters either side, `…` where cut. */
function contexts(line: string, term: string, reach = 12): string[] {
  const found: string[] = [];
  for (let at = line.indexOf(term); at >= 0; at = line.indexOf(term, at + term.length)) {
    const [start, end] = [Math.max(0, at - reach), Math.min(line.length, at + term.length + reach)];
    found.push(`${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`);
  }
  return found;
}

/** Adds the terms of `list` in one converted line to `found`, one line number and context per occurrence. */
function collectTerms(found: Map<string, ReviewedTerm>, list: readonly string[], converted: string, line: number) {
  for (const [term, count] of countTerms(converted, list)) {
    const entry = found.get(term) ?? { term, lines: [], contexts: [] };
    entry.lines.push(...Array<number>(count).fill(line));
    entry.contexts.push(...contexts(converted, term).slice(0, count));
    found.set(term, entry);
  }
}

/** Reviews an article's Simplified source line by line, as the conversion turns it into the Traditional page. */
export function reviewTraditional(source: string): TraditionalReview {
  const changes = new Map<string, ReviewedChange>();
  const lists = {
    errors: [...phraseErrors, ...computingJargon],
    mainland: mainlandOnlyTerms,
    stiff: stiffForms,
    taste: tasteTerms,
    watch: watchTerms,
  };
  const found = Object.fromEntries(Object.keys(lists).map((key) => [key, new Map<string, ReviewedTerm>()])) as Record<
    keyof typeof lists,
    Map<string, ReviewedTerm>
  >;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    for (const { from, to } of overrideChanges(toTaiwan(text))) {
      const change = changes.get(`${from}\u0000${to}`) ?? { from, to, lines: [] };
      change.lines.push(line);
      changes.set(`${from}\u0000${to}`, change);
    }
    const converted = toTraditionalChinese(text);
    for (const [key, list] of Object.entries(lists))
      collectTerms(found[key as keyof typeof lists], list, converted, line);
  });
  const termsOf = (key: keyof typeof lists) => [...found[key].values()];
  return {
    changes: [...changes.values()],
    errors: termsOf('errors'),
    mainland: termsOf('mainland'),
    stiff: termsOf('stiff'),
    taste: termsOf('taste'),
    watch: termsOf('watch'),
  };
}

const lineList = (lines: number[]) => `第 ${[...new Set(lines)].join('、')} 行`;

/** A section of the printed review: each term with its count and lines, and with `withContext` the text around each. */
function termSection(heading: string, note: string, terms: ReviewedTerm[], withContext: boolean): string[] {
  const total = terms.reduce((sum, { lines }) => sum + lines.length, 0);
  return [
    `  ${heading}（${terms.length} 种，共 ${total} 处；${note}）：`,
    ...(terms.length === 0
      ? ['    无']
      : terms.flatMap(({ term, lines, contexts: around }) => [
          `    ${term}  ×${lines.length}  ${lineList(lines)}`,
          ...(withContext ? around.map((context, index) => `      第 ${lines[index]} 行：${context}`) : []),
        ])),
  ];
}

const failsTheBuild = '构建后 npm test 会失败';

/** The review as the command prints it, under a heading naming the page and its file. */
export function formatReview(page: string, file: string, review: TraditionalReview): string {
  const { changes } = review;
  return [
    `${page}（${file}）`,
    `  对照表改写的词（${changes.length} 种，共 ${changes.reduce((sum, { lines }) => sum + lines.length, 0)} 处）：`,
    ...(changes.length === 0
      ? ['    无']
      : changes.map(({ from, to, lines }) => `    ${from} → ${to}  ×${lines.length}  ${lineList(lines)}`)),
    ...termSection('转换错误和电脑术语', failsTheBuild, review.errors, true),
    ...termSection('大陆用语', failsTheBuild, review.mainland, true),
    ...termSection('生硬的写法', failsTheBuild, review.stiff, true),
    ...termSection('本站选定的台湾说法', '请确认读来自然', review.taste, false),
    ...termSection('观察名单上的词', '请在句子里看一眼对不对', review.watch, true),
  ].join('\n');
}
