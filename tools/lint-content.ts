// `npm run lint:content [folder]`: checks every article (default folder: content/) and prints each
// mistake in Chinese as `file:line`, with what to change. Exits with 1 when there is an error;
// warnings are printed but do not fail. The checks themselves live in src/lib/content-lint.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { filesUnder } from '../src/integrations/files-under.ts';
import { formatProblem, lintArticles, type Problem } from '../src/lib/content-lint.ts';
import { siteRoutes } from '../src/lib/routes.ts';
import { parseAllowlist } from '../src/lib/link-policy.ts';

const root = resolve(import.meta.dirname, '..');
const folder = resolve(process.argv[2] ?? join(root, 'content'));
const fromRoot = (path: string) => relative(root, path).split(sep).join('/');

const files = filesUnder(folder);
const notArticles: Problem[] = files
  .filter((name) => !/\.mdx?$/.test(name))
  .map((name) => ({
    file: fromRoot(join(folder, name)),
    line: 1,
    severity: 'error',
    topic: 'file',
    message: 'content/ 里只放文章（.mdx 或 .md 文件）：图片请放进 src/assets/articles/，其他文件请移走。',
  }));

const allowlistFile = join(root, 'content-allowlist.json');
const allowlist = parseAllowlist(readFileSync(allowlistFile, 'utf8'));
const allowlistProblems: Problem[] = allowlist.problems.map(({ line, message }) => ({
  file: fromRoot(allowlistFile),
  line,
  severity: 'error',
  topic: 'link',
  message,
}));

const problems = [
  ...notArticles,
  ...allowlistProblems,
  ...lintArticles({
    articles: files.filter((name) => /\.mdx?$/.test(name)).map((name) => ({ file: fromRoot(join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })),
    routes: siteRoutes(filesUnder(join(root, 'src/pages')), filesUnder(join(root, 'public'))),
    allowlist: allowlist.hosts,
    fileExists: (path) => existsSync(join(root, path)),
  }),
];

for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const articleCount = files.filter((name) => /\.mdx?$/.test(name)).length;
if (errors > 0) {
  console.log(`\n内容检查：${articleCount} 篇文章，发现 ${errors} 个错误、${warnings} 个警告。错误必须改完才能合并；每行开头是文件和行号，后面写着该怎么改。`);
  // exitCode, not exit(): the process ends once everything printed has been written, even to a slow pipe.
  process.exitCode = 1;
} else {
  console.log(`\n内容检查通过：${articleCount} 篇文章，没有错误${warnings > 0 ? `，有 ${warnings} 个警告（请看一看，不影响合并）` : ''}。`);
}
