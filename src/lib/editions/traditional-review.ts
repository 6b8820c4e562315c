import { findTerms, mainlandOnlyTerms, watchTerms } from './mainland-terms.ts';
import { overrideChanges, toTaiwan, toTraditionalChinese } from './traditional-chinese.ts';

/** A phrase the override dictionary changed in an article, how often, and on which lines. */
export interface ReviewedChange {
  from: string;
  to: string;
  lines: number[];
}

/** A listed word left in the converted article: its line and the converted text around it. */
export interface ReviewedWord {
  term: string;
  line: number;
  context: string;
}

/** What a Taiwanese reviewer checks in one article's Traditional edition. */
export interface TraditionalReview {
  changes: ReviewedChange[];
  /** Watch-list words, each to be judged in its sentence. */
  watch: ReviewedWord[];
  /** Mainland-only terms: `npm test` fails on them once the article is built. */
  mainland: ReviewedWord[];
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

/** Reviews an article's Simplified source line by line, as the conversion turns it into the Traditional page. */
export function reviewTraditional(source: string): TraditionalReview {
  const changes = new Map<string, ReviewedChange>();
  const watch: ReviewedWord[] = [];
  const mainland: ReviewedWord[] = [];
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    for (const { from, to } of overrideChanges(toTaiwan(text))) {
      const change = changes.get(`${from}\u0000${to}`) ?? { from, to, lines: [] };
      change.lines.push(line);
      changes.set(`${from}\u0000${to}`, change);
    }
    const converted = toTraditionalChinese(text);
    for (const [list, words] of [
      [watchTerms, watch],
      [mainlandOnlyTerms, mainland],
    ] as const) {
      for (const term of findTerms(converted, list))
        words.push(...contexts(converted, term).map((context) => ({ term, line, context })));
    }
  });
  return { changes: [...changes.values()], watch, mainland };
}

/** The review as the command prints it, under a heading naming the page and its file. */
export function formatReview(page: string, file: string, { changes, watch, mainland }: TraditionalReview): string {
  const lineList = (lines: number[]) => `第 ${[...new Set(lines)].join('、')} 行`;
  const words = (found: ReviewedWord[]) =>
    found.length === 0 ? ['    无'] : found.map(({ term, line, context }) => `    第 ${line} 行  ${term}：${context}`);
  return [
    `${page}（${file}）`,
    `  对照表改写的词（${changes.length} 种，共 ${changes.reduce((sum, { lines }) => sum + lines.length, 0)} 处）：`,
    ...(changes.length === 0
      ? ['    无']
      : changes.map(({ from, to, lines }) => `    ${from} → ${to}  ×${lines.length}  ${lineList(lines)}`)),
    '  观察名单上的词（请在句子里看一眼对不对）：',
    ...words(watch),
    '  大陆用语（构建后 npm test 会失败）：',
    ...words(mainland),
  ].join('\n');
}
