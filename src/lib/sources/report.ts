import type { SourceResult, Verdict } from './check.ts';

/** The title of the one issue the scheduled workflow opens or updates. */
export const issueTitle = '资料需要重新核实';

/** What an editor must look at, in the order the report lists them. */
const attention = ['gone', 'moved', 'changed'] as const satisfies readonly Verdict[];

const headings: Record<Verdict, string> = {
  gone: '已经失效（404 或 410）',
  moved: '搬到了别的地址',
  changed: '内容有变化',
  unreachable: '这次没能打开（超时、网络错误或网站拒绝；可能只是暂时的，请手动打开看看）',
  unchanged: '没有变化',
  recorded: '第一次记录',
};

/** Whether any source is gone, moved or changed: then the workflow writes the issue. */
export const needsAttention = (results: readonly SourceResult[]) =>
  results.some((result) => (attention as readonly Verdict[]).includes(result.verdict));

/** What was seen, in a few words: `404`, `→ https://…`, `超时`. */
function seen({ verdict, observation, previous }: SourceResult): string {
  if (!observation.reached) return observation.reason === 'timeout' ? '超时' : `网络错误：${observation.detail}`;
  if (verdict === 'moved')
    return `现在跳转到 ${observation.finalUrl}${previous ? `（上次是 ${previous.finalUrl}）` : ''}`;
  if (verdict === 'changed') return `页面文字和 ${previous!.checked} 那次不同`;
  return `状态 ${observation.status}`;
}

const count = (results: readonly SourceResult[], verdict: Verdict) =>
  results.filter((result) => result.verdict === verdict).length;

/** The console report: every verdict but the quiet ones, each source with the pages that rely on it. */
export function consoleReport(results: readonly SourceResult[], lastRun: string | null): string {
  const since = lastRun ? `和上次检查（${lastRun}）相比` : '这是第一次检查，没有上次的结果可比';
  const lines = [`检查了 ${results.length} 个来源，${since}：`];
  for (const verdict of [...attention, 'unreachable'] as const) {
    const listed = results.filter((result) => result.verdict === verdict);
    if (listed.length === 0) continue;
    lines.push('', `${headings[verdict]}（${listed.length} 个）：`);
    for (const result of listed) {
      lines.push(`  ${result.url}`, `    ${seen(result)}`);
      lines.push(`    用到它的页面：${result.pages.map((page) => `${page.title}（${page.file}）`).join('、')}`);
    }
  }
  lines.push(
    '',
    `失效 ${count(results, 'gone')}、搬走 ${count(results, 'moved')}、有变化 ${count(results, 'changed')}、没能打开 ${count(results, 'unreachable')}、没有变化 ${count(results, 'unchanged')}、第一次记录 ${count(results, 'recorded')}。`,
  );
  return lines.join('\n');
}

export interface IssueContext {
  /** The site's origin, for links to the pages. */
  siteUrl: string;
  /** The repository and its branch, for links to the files. */
  repository: { url: string; branch: string };
  today: string;
  lastRun: string | null;
}

/** A Markdown list item for one source: the address, what was seen, and the pages with their files. */
function issueItem(result: SourceResult, { siteUrl, repository }: IssueContext): string {
  const pages = result.pages
    .map(
      (page) =>
        `[${page.title}](${new URL(page.path, siteUrl).href})（[\`${page.file}\`](${repository.url}/blob/${repository.branch}/${page.file})）`,
    )
    .join('、');
  return `- <${result.url}>：${seen(result)}\n  - 用到它的页面：${pages}`;
}

/** The body of the issue 资料需要重新核实: what to re-check, where it is used, and how to close the loop. */
export function issueBody(results: readonly SourceResult[], context: IssueContext): string {
  const since = context.lastRun
    ? `和上次提交的检查结果（${context.lastRun}）相比`
    : '仓库里还没有检查结果，这是第一次检查';
  const sections = [...attention, 'unreachable'] as const;
  const parts = [
    `每月的来源检查（${context.today}）${since}，下面这些来源需要重新核实。请逐个打开，对照用到它的页面核对每条事实，改好页面。`,
  ];
  for (const verdict of sections) {
    const listed = results.filter((result) => result.verdict === verdict);
    if (listed.length > 0)
      parts.push(
        `## ${headings[verdict]}（${listed.length} 个）\n\n${listed.map((result) => issueItem(result, context)).join('\n')}`,
      );
  }
  parts.push(
    `核对完以后，在本地运行 \`npm run sources:check\`，把更新后的 \`sources.lock.json\` 和改好的页面一起提交：之后的检查就以它为准。这个 issue 由 \`.github/workflows/sources-check.yml\` 生成，下次检查时会更新。`,
  );
  return `${parts.join('\n\n')}\n`;
}
