// The content check's findings as GitHub Actions shows them on a pull request: one annotation per
// problem on its file and line (a workflow command on standard output), and a job summary in Chinese
// (Markdown appended to $GITHUB_STEP_SUMMARY). Workflow commands:
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { rules, severityNames, topics } from './rules.ts';
import type { Problem } from './lint.ts';

/** A workflow command's message: `%`, CR and LF would end or garble the command. */
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
/** A workflow command's property value: also `:` and `,`, which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `::error file=content/faq.mdx,line=12,title=…::message`, shown on that line of the pull request's diff. */
export function annotation(problem: Problem): string {
  const title = `内容检查：${topics[problem.topic]}（${problem.rule}）`;
  const properties = Object.entries({ file: problem.file, line: String(problem.line), title }).map(
    ([name, value]) => `${name}=${escapeProperty(value)}`,
  );
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

export interface SummaryInput {
  problems: readonly Problem[];
  /** `7 篇文章、13 个商家页面`. */
  counted: string;
  /** A link to a file's line in the repository, when the run knows where the repository is. */
  lineUrl?: (file: string, line: number) => string;
}

/** A Markdown table cell: a `|` would end it and a line break would end the row. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The job summary: how many errors and warnings, then one row per problem, errors first. */
export function jobSummary({ problems, counted, lineUrl }: SummaryInput): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (problems.length === 0) return `## 内容检查通过\n\n${counted}，没有错误，也没有警告。\n`;
  const heading =
    errors.length > 0
      ? `## 内容检查：${errors.length} 个错误、${warnings.length} 个警告\n\n${counted}。**错误必须改完才能合并**；警告请看一看，不影响合并。`
      : `## 内容检查通过，有 ${warnings.length} 个警告\n\n${counted}，没有错误。警告请看一看，不影响合并。`;
  const rows = [...errors, ...warnings].map((problem) => {
    const place = `${problem.file}:${problem.line}`;
    const where = lineUrl ? `[${place}](${lineUrl(problem.file, problem.line)})` : `\`${place}\``;
    return `| ${severityNames[problem.severity]} | ${where} | ${topics[problem.topic]}（\`${problem.rule}\`） | ${cell(problem.message)} |`;
  });
  return [
    heading,
    '',
    '| 级别 | 文件和行 | 规则 | 怎么改 |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `每条规则的说明和例子见 CONTRIBUTING.md 的“检查规则一览”（共 ${Object.keys(rules).length} 条）。改好后推送到同一个分支，检查会自动重新运行。`,
    '',
  ].join('\n');
}
