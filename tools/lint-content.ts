// `npm run lint:content [folder] [--today YYYY-MM-DD] [--base GIT-REF] [--no-cache] [--report FILE]`: checks every article and provider
// page (default folder: content/) and prints each mistake in Chinese as `file:line`, with what to change.
// Exits with 1 when there is an error; warnings, such as provider pages due for a new check, are printed
// but do not fail. `--today` fixes the day dates are compared with (tests). `--base` compares each article
// with its text at that git ref, to notice a change without a new `updated`; on a pull request in GitHub
// Actions it defaults to the pull request's base branch. In GitHub Actions (GITHUB_ACTIONS=true) each
// problem is also an annotation on its line and the run writes a Chinese job summary; `--report` writes the same
// summary to FILE (the pull request's preview comment, .github/workflows/preview.yml). The check itself is
// src/lib/content-check/runner.ts, which `astro build` runs too; each rule is a module in
// src/lib/content-check/rules/, the rules' levels are in src/lib/content-check/rules.ts. An unchanged
// article's result comes from node_modules/.astro/content-check.json, shared with the build; `--no-cache`
// (or CONTENT_CHECK_CACHE=off) reads every article again.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import dayjs from 'dayjs';
import { toIsoDate } from '../src/lib/dates/calendar-date.ts';
import { annotation, jobSummary } from '../src/lib/content-check/ci-report.ts';
import { formatProblem, needsReverification, type Problem } from '../src/lib/content-check/lint.ts';
import { cacheFileIn, checkContentFolder, countedContent, type ContentCheck } from '../src/lib/content-check/runner.ts';
import { reverifyAfterDays } from '../src/lib/providers/schema.ts';

const root = resolve(import.meta.dirname, '..');
const { values: options, positionals } = parseArgs({
  options: {
    today: { type: 'string' },
    base: { type: 'string' },
    'no-cache': { type: 'boolean' },
    report: { type: 'string' },
  },
  allowPositionals: true,
});
const folder = resolve(positionals[0] ?? join(root, 'content'));
const today = options.today ?? toIsoDate(dayjs());
const inActions = process.env['GITHUB_ACTIONS'] === 'true';
const baseBranch = process.env['GITHUB_BASE_REF'];
const base = options.base ?? (inActions && baseBranch ? `origin/${baseBranch}` : undefined);

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

/** A file's text at the git ref `base`, or undefined (said in Chinese) when there is no such ref. */
function previousTextAt(base: string): ((file: string) => string | null) | undefined {
  if (git('rev-parse', '--verify', '--quiet', `${base}^{commit}`).status !== 0) {
    console.log(`没有找到用来比较的分支 ${base}（在 CI 里要先 git fetch 它），这次不检查“改了内容却没改 updated”。\n`);
    return undefined;
  }
  return (file) => {
    const shown = git('show', `${base}:./${file}`);
    return shown.status === 0 ? shown.stdout : null;
  };
}

/** Every problem, the provider pages due for a new check, and the closing count; exit code 1 on an error. */
function printResult(result: ContentCheck): void {
  const { problems } = result;
  for (const problem of problems) console.log(formatProblem(problem));
  const stale = needsReverification(problems);
  if (stale.length > 0) {
    console.log(
      `\n需要重新核实（资料整理已超过 ${reverifyAfterDays} 天，按今天 ${today} 计算；只是提醒，不影响合并）：\n${stale.map((file) => `  ${file}`).join('\n')}`,
    );
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const counted = countedContent(result);
  if (errors > 0) {
    console.log(
      `\n内容检查：${counted}，发现 ${errors} 个错误、${warnings} 个警告。错误必须改完才能合并；每行开头是文件和行号，后面写着该怎么改。`,
    );
    // exitCode, not exit(): the process ends once everything printed has been written, even to a slow pipe.
    process.exitCode = 1;
  } else {
    console.log(
      `\n内容检查通过：${counted}，没有错误${warnings > 0 ? `，有 ${warnings} 个警告（请看一看，不影响合并）` : ''}。`,
    );
  }
}

/** The Chinese summary, with each line linked when the run knows its repository and commit (GitHub Actions). */
function summaryOf(problems: readonly Problem[], counted: string): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: commit } = process.env;
  const lineUrl =
    server && repository && commit
      ? (file: string, line: number) => `${server}/${repository}/blob/${commit}/${file}#L${line}`
      : undefined;
  return jobSummary({ problems, counted, ...(lineUrl ? { lineUrl } : {}) });
}

/** In GitHub Actions: an annotation on each problem's line, and the job summary. */
function reportToActions(problems: readonly Problem[], counted: string): void {
  for (const problem of problems) console.log(annotation(problem));
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendFileSync(summaryFile, summaryOf(problems, counted));
}

const previousText = base === undefined ? undefined : previousTextAt(base);
// Astro's default cacheDir, where `astro build` keeps the same results.
const cacheFile = options['no-cache'] ? null : cacheFileIn(join(root, 'node_modules/.astro'));
const result = checkContentFolder(root, folder, { today, cacheFile, ...(previousText ? { previousText } : {}) });
printResult(result);
if (inActions) reportToActions(result.problems, countedContent(result));
if (options.report) writeFileSync(options.report, summaryOf(result.problems, countedContent(result)));
