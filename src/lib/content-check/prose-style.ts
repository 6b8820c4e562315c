import { run, type Options } from 'zhlint';
import type { RuleId } from './rules.ts';

/** A house-style finding in Chinese prose, at a line of the article file. */
export interface StyleProblem {
  line: number;
  rule: Extract<RuleId, 'style-mistake' | 'style-suggestion' | 'formal-you'>;
  message: string;
}

/**
 * The house style (shared/content-brief.md): full-width punctuation in Chinese text, including
 * （）and “”; a space between Chinese and Latin letters or digits, dates included (`7 天`,
 * `eSIM 卡`, `2026 年 12 月 15 日`).
 */
const zhlintOptions: Options = {
  rules: {
    preset: 'default',
    halfwidthPunctuation: '',
    fullwidthPunctuation: '，。：；？！“”‘’（）',
    adjustedFullwidthPunctuation: '',
    skipZhUnits: '',
  },
};

/** zhlint findings that are always wrong in this site's Chinese (`style-mistake`); every other finding is a suggestion. */
const clearMistakes = new Set(['此处标点符号需要使用全角', '此处中英文内容之间需要一个空格']);

/** A clear mistake, except a dot that starts a name such as `.mdx`: that is not a full stop. */
function isClearMistake(text: string, validation: { index: number; message: string }): boolean {
  const startsName = text[validation.index] === '.' && /[A-Za-z0-9]/.test(text[validation.index + 1] ?? '');
  return clearMistakes.has(validation.message) && !startsName;
}

/** The part of two versions of a line that differs, with a little context, cut short after the first change. */
function changedExcerpt(before: string, after: string): [string, string] {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end))
    end += 1;
  const from = Math.max(0, start - 6);
  const cut = (text: string, to: number) => {
    const part = text.slice(from, to).trim();
    return [...part].length > 30 ? `${[...part].slice(0, 30).join('')}…` : part;
  };
  return [cut(before, before.length - end + 6), cut(after, after.length - end + 6)];
}

/**
 * Lints a block of Chinese prose (Markdown inline syntax allowed) whose first line is `firstLine` of
 * the file: one finding per line and rule, saying what is wrong and how the text should read.
 */
export function proseProblems(text: string, firstLine: number): StyleProblem[] {
  const { result, validations } = run(text, zhlintOptions) as ReturnType<typeof run> & { result: string };
  const originalLines = text.split('\n');
  const fixedLines = result.split('\n');
  const grouped = new Map<string, { line: number; rule: StyleProblem['rule']; messages: Set<string> }>();
  for (const validation of validations) {
    const lineIndex = text.slice(0, validation.index).split('\n').length - 1;
    const rule = isClearMistake(text, validation) ? 'style-mistake' : 'style-suggestion';
    const key = `${lineIndex}:${rule}`;
    const group = grouped.get(key) ?? { line: lineIndex, rule, messages: new Set<string>() };
    group.messages.add(validation.message);
    grouped.set(key, group);
  }
  return [...grouped.values()].map(({ line, rule, messages }) => {
    const original = originalLines[line] ?? '';
    const fixed = fixedLines.length === originalLines.length ? (fixedLines[line] ?? original) : original;
    const [was, shouldBe] = changedExcerpt(original, fixed);
    const suggestion = was === shouldBe ? '' : `：“${was}” 改为 “${shouldBe}”`;
    return { line: firstLine + line, rule, message: `${[...messages].join('；')}${suggestion}。` };
  });
}

/** Readers are addressed as 你, never 您 (the house style). */
export function addressProblems(text: string, firstLine: number): StyleProblem[] {
  return text.split('\n').flatMap((line, index) =>
    line.includes('您')
      ? [
          {
            line: firstLine + index,
            rule: 'formal-you' as const,
            message: '称呼读者请用“你”，不用“您”：把“您”改成“你”。',
          },
        ]
      : [],
  );
}
