import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import dayjs from 'dayjs';
import { toIsoDate } from '../lib/dates/calendar-date.ts';
import { filesUnder } from '../lib/files/files-under.ts';
import { formatProblem, type Problem } from '../lib/content-check/lint.ts';
import { cacheFileIn, checkContentFolder, countedContent, type ContentCheck } from '../lib/content-check/runner.ts';

/** Errors the dev server cannot render around: the page would show stale fields or fail to compile. */
const breaksThePreview = (problem: Problem) =>
  problem.severity === 'error' && (problem.topic === 'frontmatter' || problem.topic === 'syntax');

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The page `astro dev` shows instead of any page while a content file has such an error. */
export function previewErrorPage(problems: readonly Problem[]): string {
  const items = problems
    .map(
      (problem) =>
        `<li><code>${escapeHtml(`${problem.file}:${problem.line}`)}</code><p>${escapeHtml(problem.message)}</p></li>`,
    )
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

/** `astro build` logs the result, and stops on an error before a page is built. */
function refuseErrors(result: ContentCheck, logger: AstroIntegrationLogger): void {
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const warnings = result.problems.length - errors.length;
  if (errors.length === 0) {
    logger.info(
      `内容检查通过：${countedContent(result)}${warnings > 0 ? `，有 ${warnings} 个警告（npm run lint:content 可以查看）` : ''}。`,
    );
    return;
  }
  for (const problem of errors) logger.error(formatProblem(problem));
  logger.error(
    `内容检查发现 ${errors.length} 个错误（见上面每一行的文件和行号），网站没有生成。改好后再运行一次；npm run lint:content 会列出同样的问题。`,
  );
  // Not a thrown error: Astro would wrap it in an English "unhandled error" line and a stack trace
  // that point at this file instead of the editor's. Everything above is written synchronously.
  process.exit(1);
}

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** What the content folder holds, by name, size and time of change: a new value means a file was added, edited or removed. */
const contentState = (folder: string) =>
  filesUnder(folder)
    .map((file) => {
      const { size, mtimeMs } = statSync(join(folder, file));
      return `${file}\0${size}\0${mtimeMs}`;
    })
    .join('\n');

/**
 * `astro dev` checks again whenever a content file changes, and shows previewErrorPage while one cannot be
 * rendered. A page request compares the folder too: a file watcher can miss events (a machine out of inotify
 * instances, say), and the editor must never see a stale page then.
 */
function pauseBrokenPreview(
  server: DevServer,
  logger: AstroIntegrationLogger,
  contentFolder: string,
  check: () => ContentCheck,
): void {
  let checked = '';
  let blocking: Problem[] = [];
  const recheck = () => {
    const state = contentState(contentFolder);
    if (state === checked) return;
    checked = state;
    const before = blocking.map(formatProblem).join('\n');
    blocking = check().problems.filter(breaksThePreview);
    if (blocking.map(formatProblem).join('\n') === before) return;
    for (const problem of blocking) logger.error(formatProblem(problem));
    server.ws.send({ type: 'full-reload' });
  };
  recheck();
  server.watcher.on('all', (_, path) => {
    if (resolve(path).startsWith(contentFolder + sep)) recheck();
  });
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
    recheck();
    if (blocking.length === 0) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(previewErrorPage(blocking));
  });
}

/**
 * Runs the content check (src/lib/content-check/runner.ts) inside Astro: `astro build` (so `npm run
 * build`, the tests' builds and a static host's build) refuses exactly what `npm run lint:content`
 * refuses, and `astro dev` shows a page in Chinese, instead of a stale one, while a file's frontmatter or
 * MDX is broken. Unchanged articles are remembered in Astro's cache folder.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  let cacheFile: string | null = null;
  const check = () => checkContentFolder(root, join(root, 'content'), { today: toIsoDate(dayjs()), cacheFile });
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        cacheFile = cacheFileIn(fileURLToPath(config.cacheDir));
        if (command === 'build') refuseErrors(check(), logger);
      },
      'astro:server:setup': ({ server, logger }) => pauseBrokenPreview(server, logger, resolve(root, 'content'), check),
    },
  };
}
