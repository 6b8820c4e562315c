// `npm run lint:content [folder] [--today YYYY-MM-DD]`: checks every article and provider page (default
// folder: content/) and prints each mistake in Chinese as `file:line`, with what to change. Exits with 1
// when there is an error; warnings, such as provider pages due for a new check, are printed but do not
// fail. `--today` fixes the day the freshness check counts from (tests). The checks live in src/lib/content-lint.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import dayjs from 'dayjs';
import { filesUnder } from '../src/integrations/files-under.ts';
import { toIsoDate } from '../src/lib/calendar-date.ts';
import { formatProblem, isProviderFile, lintArticles, needsReverification, problemOf, providerFolder, type Problem } from '../src/lib/content-lint.ts';
import { siteRoutes } from '../src/lib/routes.ts';
import { parseAllowlist } from '../src/lib/link-policy.ts';
import { reverifyAfterDays } from '../src/lib/provider-schema.ts';

const root = resolve(import.meta.dirname, '..');
const { values: options, positionals } = parseArgs({ options: { today: { type: 'string' } }, allowPositionals: true });
const folder = resolve(positionals[0] ?? join(root, 'content'));
const today = options.today ?? toIsoDate(dayjs());
const fromRoot = (path: string) => relative(root, path).split(sep).join('/');

const files = filesUnder(folder);
/** An article at the top of content/, or a provider page in content/providers/. */
const isContentFile = (name: string) => /^[^/]+\.mdx?$/.test(name) || (name.startsWith('providers/') && isProviderFile(name));
const notArticles: Problem[] = files
  .filter((name) => !isContentFile(name))
  .map((name) =>
    problemOf(
      fromRoot(join(folder, name)),
      1,
      'not-content',
      `content/ 里只放文章（.mdx 或 .md 文件），${providerFolder} 里只放商家页面（.md 文件）：图片请放进 src/assets/articles/，其他文件请移走。`,
    ),
  );

const allowlistFile = join(root, 'content-allowlist.json');
const allowlist = parseAllowlist(readFileSync(allowlistFile, 'utf8'));
const allowlistProblems: Problem[] = allowlist.problems.map(({ line, message }) => problemOf(fromRoot(allowlistFile), line, 'allowlist', message));

const problems = [
  ...notArticles,
  ...allowlistProblems,
  ...lintArticles({
    articles: files.filter(isContentFile).map((name) => ({ file: fromRoot(join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })),
    today,
    routes: siteRoutes(filesUnder(join(root, 'src/pages')), filesUnder(join(root, 'public'))),
    allowlist: allowlist.hosts,
    fileExists: (path) => existsSync(join(root, path)),
  }),
];

for (const problem of problems) console.log(formatProblem(problem));
const stale = needsReverification(problems);
if (stale.length > 0) {
  console.log(`\n需要重新核实（上次核实已超过 ${reverifyAfterDays} 天，按今天 ${today} 计算；只是提醒，不影响合并）：\n${stale.map((file) => `  ${file}`).join('\n')}`);
}
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const providerCount = files.filter((name) => name.startsWith('providers/') && isContentFile(name)).length;
const articleCount = `${files.filter(isContentFile).length - providerCount} 篇文章、${providerCount} 个商家页面`;
if (errors > 0) {
  console.log(`\n内容检查：${articleCount}，发现 ${errors} 个错误、${warnings} 个警告。错误必须改完才能合并；每行开头是文件和行号，后面写着该怎么改。`);
  // exitCode, not exit(): the process ends once everything printed has been written, even to a slow pipe.
  process.exitCode = 1;
} else {
  console.log(`\n内容检查通过：${articleCount}，没有错误${warnings > 0 ? `，有 ${warnings} 个警告（请看一看，不影响合并）` : ''}。`);
}
