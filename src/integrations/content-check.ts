import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import dayjs from 'dayjs';
import { toIsoDate } from '../lib/dates/calendar-date.ts';
import { formatProblem, isProviderFile, lintArticles, lintProjectFiles, type Problem } from '../lib/content-check/lint.ts';
import { parseAllowlist } from '../lib/content-check/link-policy.ts';
import { siteRoutes } from '../lib/articles/routes.ts';
import { filesUnder } from '../lib/files/files-under.ts';

export interface ContentCheck {
  problems: Problem[];
  articles: number;
  providers: number;
}

export interface ContentCheckOptions {
  /** `YYYY-MM-DD`, the day dates are compared with. */
  today: string;
  /** A file's text on the base branch of a pull request (see LintInput). */
  previousText?: (file: string) => string | null;
}

/** An article at the top of the folder, or a provider page in its providers/ folder. */
const isContentFile = (name: string) => /^[^/]+\.mdx?$/.test(name) || (name.startsWith('providers/') && isProviderFile(name));

/**
 * Checks every article and provider page in `folder` (and content-allowlist.json) of the project at
 * `root`: what `npm run lint:content` prints, `astro build` refuses and `astro dev` shows.
 */
export function checkContentFolder(root: string, folder: string, { today, previousText }: ContentCheckOptions): ContentCheck {
  const fromRoot = (path: string) => relative(root, path).split(sep).join('/');
  const files = filesUnder(folder);
  const allowlistFile = join(root, 'content-allowlist.json');
  const allowlistText = readFileSync(allowlistFile, 'utf8');
  const projectProblems = lintProjectFiles({
    strayFiles: files.filter((name) => !isContentFile(name)).map((name) => fromRoot(join(folder, name))),
    allowlist: { file: fromRoot(allowlistFile), text: allowlistText },
  });
  const contentFiles = files.filter(isContentFile);
  const providers = contentFiles.filter((name) => name.startsWith('providers/')).length;
  const problems = [
    ...projectProblems,
    ...lintArticles({
      articles: contentFiles.map((name) => ({ file: fromRoot(join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })),
      today,
      routes: siteRoutes(filesUnder(join(root, 'src/pages')), filesUnder(join(root, 'public'))),
      allowlist: parseAllowlist(allowlistText).hosts,
      fileExists: (path) => existsSync(join(root, path)),
      ...(previousText ? { previousText } : {}),
    }),
  ];
  return { problems, articles: contentFiles.length - providers, providers };
}

/** `7 篇文章、13 个商家页面`. */
export const countedContent = ({ articles, providers }: ContentCheck) => `${articles} 篇文章、${providers} 个商家页面`;

/** Errors the dev server cannot render around: the page would show stale fields or fail to compile. */
const breaksThePreview = (problem: Problem) => problem.severity === 'error' && (problem.topic === 'frontmatter' || problem.topic === 'syntax');

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The page `astro dev` shows instead of any page while a content file has such an error. */
export function previewErrorPage(problems: readonly Problem[]): string {
  const items = problems
    .map((problem) => `<li><code>${escapeHtml(`${problem.file}:${problem.line}`)}</code><p>${escapeHtml(problem.message)}</p></li>`)
    .join('');
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>内容有错误：预览暂停</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:48em;margin:2em auto;padding:0 1em}h1{color:#b91c1c}li{margin:1em 0}code{font-weight:bold}</style>
<script type="module" src="/@vite/client"></script></head><body>
<h1>内容有错误，预览暂停</h1>
<p>下面的文件有错误，网站没法按它们现在的内容显示（继续显示旧内容会让你以为改好了）。按说明改好并保存，这个页面会自动刷新。</p>
<ol>${items}</ol>
<p>运行 <code>npm run lint:content</code> 可以看到全部问题，包括警告。</p>
</body></html>`;
}

/**
 * Runs the content check inside Astro: `astro build` (so `npm run build`, the tests' builds and a static
 * host's build) refuses exactly what `npm run lint:content` refuses, and `astro dev` shows a page in
 * Chinese, instead of a stale one, while a file's frontmatter or MDX is broken.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  const check = () => checkContentFolder(root, join(root, 'content'), { today: toIsoDate(dayjs()) });
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const result = check();
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        const warnings = result.problems.length - errors.length;
        if (errors.length === 0) {
          logger.info(`内容检查通过：${countedContent(result)}${warnings > 0 ? `，有 ${warnings} 个警告（npm run lint:content 可以查看）` : ''}。`);
          return;
        }
        for (const problem of errors) logger.error(formatProblem(problem));
        logger.error(`内容检查发现 ${errors.length} 个错误（见上面每一行的文件和行号），网站没有生成。改好后再运行一次；npm run lint:content 会列出同样的问题。`);
        // Not a thrown error: Astro would wrap it in an English "unhandled error" line and a stack trace
        // that point at this file instead of the editor's. Everything above is written synchronously.
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        let blocking = check().problems.filter(breaksThePreview);
        const contentFolder = resolve(root, 'content') + sep;
        server.watcher.on('all', (_, path) => {
          if (!resolve(path).startsWith(contentFolder)) return;
          const before = blocking.map(formatProblem).join('\n');
          blocking = check().problems.filter(breaksThePreview);
          if (blocking.map(formatProblem).join('\n') === before) return;
          for (const problem of blocking) logger.error(formatProblem(problem));
          server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          if (blocking.length === 0 || request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(previewErrorPage(blocking));
        });
        for (const problem of blocking) logger.error(formatProblem(problem));
      },
    },
  };
}
