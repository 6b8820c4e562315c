// `npm run lint:content [folder] [--today YYYY-MM-DD] [--base GIT-REF]`: checks every article and provider
// page (default folder: content/) and prints each mistake in Chinese as `file:line`, with what to change.
// Exits with 1 when there is an error; warnings, such as provider pages due for a new check, are printed
// but do not fail. `--today` fixes the day dates are compared with (tests). `--base` compares each article
// with its text at that git ref, to notice a change without a new `updated`; on a pull request in GitHub
// Actions it defaults to the pull request's base branch. In GitHub Actions (GITHUB_ACTIONS=true) each
// problem is also an annotation on its line and the run writes a Chinese job summary. Each rule is a module
// in src/lib/content-check/rules/, run by src/lib/content-check/lint.ts; the rules' levels are in
// src/lib/content-check/rules.ts.
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import dayjs from 'dayjs';
import { checkContentFolder, countedContent } from '../src/integrations/content-check.ts';
import { toIsoDate } from '../src/lib/dates/calendar-date.ts';
import { annotation, jobSummary } from '../src/lib/content-check/ci-report.ts';
import { formatProblem, needsReverification } from '../src/lib/content-check/lint.ts';
import { reverifyAfterDays } from '../src/lib/providers/schema.ts';

const root = resolve(import.meta.dirname, '..');
const { values: options, positionals } = parseArgs({ options: { today: { type: 'string' }, base: { type: 'string' } }, allowPositionals: true });
const folder = resolve(positionals[0] ?? join(root, 'content'));
const today = options.today ?? toIsoDate(dayjs());
const inActions = process.env['GITHUB_ACTIONS'] === 'true';
const baseBranch = process.env['GITHUB_BASE_REF'];
const base = options.base ?? (inActions && baseBranch ? `origin/${baseBranch}` : undefined);

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
let previousText: ((file: string) => string | null) | undefined;
if (base !== undefined) {
  if (git('rev-parse', '--verify', '--quiet', `${base}^{commit}`).status === 0) {
    previousText = (file) => {
      const shown = git('show', `${base}:./${file}`);
      return shown.status === 0 ? shown.stdout : null;
    };
  } else {
    console.log(`没有找到用来比较的分支 ${base}（在 CI 里要先 git fetch 它），这次不检查“改了内容却没改 updated”。\n`);
  }
}

const result = checkContentFolder(root, folder, { today, ...(previousText ? { previousText } : {}) });
const { problems } = result;

for (const problem of problems) console.log(formatProblem(problem));
const stale = needsReverification(problems);
if (stale.length > 0) {
  console.log(`\n需要重新核实（上次核实已超过 ${reverifyAfterDays} 天，按今天 ${today} 计算；只是提醒，不影响合并）：\n${stale.map((file) => `  ${file}`).join('\n')}`);
}
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const counted = countedContent(result);
if (errors > 0) {
  console.log(`\n内容检查：${counted}，发现 ${errors} 个错误、${warnings} 个警告。错误必须改完才能合并；每行开头是文件和行号，后面写着该怎么改。`);
  // exitCode, not exit(): the process ends once everything printed has been written, even to a slow pipe.
  process.exitCode = 1;
} else {
  console.log(`\n内容检查通过：${counted}，没有错误${warnings > 0 ? `，有 ${warnings} 个警告（请看一看，不影响合并）` : ''}。`);
}

if (inActions) {
  for (const problem of problems) console.log(annotation(problem));
  const { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: commit } = process.env;
  const lineUrl = server && repository && commit ? (file: string, line: number) => `${server}/${repository}/blob/${commit}/${file}#L${line}` : undefined;
  if (summaryFile) appendFileSync(summaryFile, jobSummary({ problems, counted, ...(lineUrl ? { lineUrl } : {}) }));
}
