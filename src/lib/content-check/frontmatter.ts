import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { articleSchema } from '../articles/schema.ts';
import type { RuleId } from './rules.ts';

/** A mistake at a line of the article file (1-based). */
export interface LineProblem {
  line: number;
  rule: Extract<RuleId, `frontmatter-${string}`>;
  message: string;
}

export type ArticleData = ReturnType<typeof articleSchema.parse>;

export interface FrontmatterCheck<Data = ArticleData> {
  /** The validated frontmatter, or null when it has mistakes. */
  data: Data | null;
  /** The raw `draft` and `order` values, known even when another field is wrong. */
  draft: boolean;
  order: number | null;
  problems: LineProblem[];
  /** The line each top-level field is written on. */
  fieldLines: Map<string, number>;
  /** Every text value, at any depth, with its line and the field it belongs to (`url` for a source's address). */
  texts: { field: string; text: string; line: number }[];
  /** The whole file with the frontmatter blanked out, so body line numbers match the file's. */
  body: string;
}

const yamlHints: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: '同一个字段写了两次：删掉其中一行',
  TAB_AS_INDENT: '不要用 Tab 缩进：请改用空格',
  BAD_INDENT: '缩进不对：每个字段都要顶格写，列表项前用两个空格',
  BLOCK_AS_IMPLICIT_KEY: '这一行或上一行的格式不对：每行写成“字段: 值”，冒号是英文半角冒号，后面跟一个空格',
  MULTILINE_IMPLICIT_KEY: '一个值不能跨行：请写在同一行，或用英文引号把整段文字括起来',
  MISSING_CHAR: '引号或括号没有成对：请检查英文引号 " 和方括号 [ ]',
};

/** A line YAML would read as part of the frontmatter: a field, an indented or list line, a comment. */
const looksLikeYaml = (line: string) => /^[A-Za-z][\w-]*\s*[:：]|^\s+\S|^-\s|^#/.test(line);

type Located = { yaml: string; endLine: number } | { unclosedAfter: number } | null;

/**
 * Where the frontmatter of `text` is: the YAML between the first two `---` lines. When the closing
 * `---` is missing, the last line of the fields that follow the opening one (where `---` belongs).
 */
function locateFrontmatter(text: string): Located {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end !== -1) return { yaml: lines.slice(1, end).join('\n'), endLine: end + 1 };
  const firstNotYaml = lines.findIndex((line, index) => index > 0 && !looksLikeYaml(line));
  return { unclosedAfter: firstNotYaml === -1 ? lines.length : firstNotYaml };
}

const noFields = { data: null, draft: false, order: null, fieldLines: new Map<string, number>(), texts: [] };

/** A file that does not start with `---`: all of it is body. */
function missingFrontmatter(text: string): FrontmatterCheck<unknown> {
  const message =
    '文件开头缺少 frontmatter：第一行要单独写 ---，接着写 title、description、pubDate、order 等字段，再单独用一行 --- 结束（可以用 npm run new 生成）。';
  return { ...noFields, body: text, problems: [{ line: 1, rule: 'frontmatter-missing', message }] };
}

/** The text with its first `lines` lines blanked, so body line numbers stay the file's and no prose check reads the fields. */
const withoutFirst = (lines: readonly string[], count: number) =>
  [...lines.slice(0, count).map(() => ''), ...lines.slice(count)].join('\n');

/** A frontmatter whose closing `---` is missing after its last field (line `last`). */
function unclosedFrontmatter(lines: readonly string[], last: number): FrontmatterCheck<unknown> {
  const lastField = /^([A-Za-z][\w-]*)/.exec(lines[last - 1] ?? '')?.[1];
  const message = `第 1 行开始的 frontmatter 没有用 --- 结束：请在第 ${last + 1} 行${lastField ? `（字段 ${lastField} 的下一行）` : ''}单独写一行 ---，把字段和正文分开。`;
  return {
    ...noFields,
    body: withoutFirst(lines, last),
    problems: [{ line: last + 1, rule: 'frontmatter-unclosed', message }],
  };
}

/** Line 1 of the YAML is line 2 of the file. */
const fileLine = (yamlLine: number) => yamlLine + 1;

/** A field written with a full-width colon (`order：6`), which YAML would read as no field at all. */
function fullWidthColonProblem(yaml: string): LineProblem | null {
  const lines = yaml.split('\n');
  const index = lines.findIndex((line) => /^\s*[A-Za-z]+\s*：/.test(line));
  if (index === -1) return null;
  const field = /^\s*([A-Za-z]+)/.exec(lines[index]!)![1];
  return {
    line: fileLine(index + 1),
    rule: 'frontmatter-format',
    message: `字段 ${field} 后面用了中文冒号“：”：请改成英文冒号加一个空格，写成 ${field}: …`,
  };
}

function yamlProblem(error: YAMLError): LineProblem {
  const hint =
    yamlHints[error.code] ?? '请检查这一行：字段名后是英文冒号加空格；文字里有英文冒号或 # 时，用英文引号把整段括起来';
  return {
    line: fileLine(error.linePos?.[0].line ?? 1),
    rule: 'frontmatter-format',
    message: `frontmatter 的格式有误：${hint}。（YAML 原始提示：${error.message.split('\n')[0]}）`,
  };
}

/** A parsed YAML document with the file line of each of its nodes. */
interface Fields {
  document: Document.Parsed;
  lineOf: (node: { range?: [number, number, number] | null | undefined }) => number | undefined;
}

function fieldLinesOf({ document, lineOf }: Fields): Map<string, number> {
  const fieldLines = new Map<string, number>();
  if (!isMap(document.contents)) return fieldLines;
  for (const { key } of document.contents.items) {
    const line = isScalar(key) ? lineOf(key) : undefined;
    if (isScalar(key) && line !== undefined) fieldLines.set(String(key.value), line);
  }
  return fieldLines;
}

function textsOf({ document, lineOf }: Fields): FrontmatterCheck['texts'] {
  const texts: FrontmatterCheck['texts'] = [];
  visit(document, {
    Scalar(_, node, path) {
      const line = lineOf(node);
      if (typeof node.value !== 'string' || line === undefined) return;
      const owner = [...path].reverse().find(isPair);
      if (owner?.key === node) return;
      texts.push({ field: owner && isScalar(owner.key) ? String(owner.key.value) : '', text: node.value, line });
    },
  });
  return texts;
}

/** The schema's findings, each at the line of the value it is about; a missing field at the closing `---` (`endLine`), where it goes. */
function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  { document, lineOf }: Fields,
  fieldLines: ReadonlyMap<string, number>,
  endLine: number,
): LineProblem[] {
  /** The line of a nested value (`sources[1].url`), or of the nearest enclosing value that is written. */
  const nestedLine = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 1; depth -= 1) {
      const line = lineOf((document.getIn(path.slice(0, depth), true) ?? {}) as { range?: [number, number, number] });
      if (line !== undefined) return line;
    }
    return undefined;
  };
  return issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return {
      line: nestedLine(path) ?? fieldLines.get(String(path[0])) ?? endLine,
      rule: 'frontmatter-field',
      message: issue.message,
    };
  });
}

/** The fields of a frontmatter YAML reads without an error, validated by `schema`. */
function checkFields(fields: Fields, schema: z.ZodType, endLine: number): Omit<FrontmatterCheck<unknown>, 'body'> {
  const fieldLines = fieldLinesOf(fields);
  const raw: unknown = fields.document.toJS();
  const values = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const result = schema.safeParse(values);
  return {
    data: result.success ? result.data : null,
    draft: values['draft'] === true,
    order: typeof values['order'] === 'number' ? values['order'] : null,
    problems: schemaProblems(result.error?.issues ?? [], fields, fieldLines, endLine),
    fieldLines,
    texts: textsOf(fields),
  };
}

/** A closed frontmatter: its format first (colons, YAML), then its fields. */
function checkClosedFrontmatter(
  yaml: string,
  body: string,
  endLine: number,
  schema: z.ZodType,
): FrontmatterCheck<unknown> {
  const colon = fullWidthColonProblem(yaml);
  if (colon) return { ...noFields, body, problems: [colon] };
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) return { ...noFields, body, problems: document.errors.map(yamlProblem) };
  const lineOf: Fields['lineOf'] = (node) =>
    node.range ? fileLine(lineCounter.linePos(node.range[0]).line) : undefined;
  return { ...checkFields({ document, lineOf }, schema, endLine), body };
}

/**
 * Checks an article's frontmatter from the raw text, not from what a YAML loader made of it: an
 * unquoted `2026-02-30` is read as the string it is and refused, where Astro's loader would roll it
 * over into March without a word.
 */
export function checkFrontmatter(text: string): FrontmatterCheck;
export function checkFrontmatter<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
): FrontmatterCheck<z.output<Schema>>;
export function checkFrontmatter(text: string, schema: z.ZodType = articleSchema): FrontmatterCheck<unknown> {
  const located = locateFrontmatter(text);
  if (!located) return missingFrontmatter(text);
  const lines = text.split('\n');
  if ('unclosedAfter' in located) return unclosedFrontmatter(lines, located.unclosedAfter);
  return checkClosedFrontmatter(located.yaml, withoutFirst(lines, located.endLine), located.endLine, schema);
}
