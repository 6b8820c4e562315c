import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { glob, type Loader } from 'astro/loaders';
import dayjs from 'dayjs';
import { toIsoDate } from '../lib/dates/calendar-date.ts';
import { filesUnder } from '../lib/files/files-under.ts';
import { formatProblem, type Problem } from '../lib/content-check/lint.ts';
import { cacheFileIn, checkContentFolder, countedContent, type ContentCheck } from '../lib/content-check/runner.ts';

/** Errors the dev server cannot render around: the page would show stale fields or fail to compile. */
const breaksThePreview = (problem: Problem) => problem.topic === 'frontmatter' || problem.topic === 'syntax';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const problemList = (problems: readonly Problem[]) =>
  problems
    .map(
      (problem) =>
        `<li><code>${escapeHtml(`${problem.file}:${problem.line}`)}</code><p>${escapeHtml(problem.message)}</p></li>`,
    )
    .join('');

/**
 * The page `astro dev` shows instead of any page while a content file has such an error, or a page fails to
 * render. Astro also sends a failed page's error to the browser, in English: its overlay stays hidden here.
 */
function previewErrorPage(problems: readonly Problem[]): string {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>内容有错误：预览暂停</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:48em;margin:2em auto;padding:0 1em}h1{color:#b91c1c}li{margin:1em 0}code{font-weight:bold}vite-error-overlay{display:none!important}</style>
<script type="module" src="/@vite/client"></script></head><body>
<h1>内容有错误，预览暂停</h1>
<p>下面的文件有错误，网站没法按它们现在的内容显示（继续显示旧内容会让你以为改好了）。按说明改好并保存，这个页面会自动刷新。</p>
<ol>${problemList(problems)}</ol>
<p>运行 <code>npm run lint:content</code> 可以看到全部问题，包括警告。</p>
</body></html>`;
}

/**
 * What `astro dev` puts at the top of every page while the content check finds errors that still let pages
 * render (a dead link, a messenger link, a missing alt text …): `npm run build` would refuse them.
 */
function previewErrorBanner(problems: readonly Problem[]): string {
  return `<aside id="content-check-errors" role="alert" lang="zh-Hans" style="border:3px solid #b91c1c;background:#fef2f2;color:#450a0a;padding:0.5em 1em;margin:0;font:15px/1.6 system-ui,sans-serif">
<strong>内容检查发现 ${problems.length} 个错误：改好之前，npm run build 不会生成网站。</strong>
<ol style="margin:0.25em 0">${problemList(problems)}</ol></aside>`;
}

/** `html` with the banner right after its `<body>` tag (or first, when it has none). */
const withBanner = (html: string, banner: string) =>
  /<body\b[^>]*>/i.test(html) ? html.replace(/<body\b[^>]*>/i, (tag) => `${tag}${banner}`) : `${banner}${html}`;

/**
 * Holds back what Astro writes for one request and sends `rewrite(status, body)` instead once it ends. Astro
 * writes its pages (and its English error page, status 500) with writeHead, write and end.
 */
function rewriteResponse(response: ServerResponse, rewrite: (status: number, body: string) => string): void {
  const chunks: Buffer[] = [];
  const { end, write, writeHead } = response;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((argument) => typeof argument === 'object' && argument !== null);
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value as string);
    return response;
  }) as typeof response.writeHead;
  response.write = ((chunk: string | Uint8Array) => {
    chunks.push(Buffer.from(chunk));
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: string | Uint8Array | (() => void)) => {
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    const body = Buffer.concat(chunks).toString('utf8');
    const isHtml = String(response.getHeader('content-type') ?? 'text/html').includes('text/html');
    const rewritten = isHtml ? rewrite(response.statusCode, body) : body;
    response.removeHeader('content-length');
    // Node sends the held headers through writeHead when the body goes out.
    Object.assign(response, { end, write, writeHead });
    return response.end(rewritten, 'utf8');
  }) as typeof response.end;
}

/**
 * Astro's glob loader for content/ without its English-headed report of a frontmatter that fails the schema.
 * The content check names every such mistake in Chinese with its line, and the loader's report misleads: a
 * frontmatter without its closing `---` is read as empty, so it says `title` is required though it is there.
 */
export function contentGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) => {
      const logger: AstroIntegrationLogger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            if (!message.includes('does not match collection schema')) context.logger.error(message);
          },
        },
      });
      return loader.load({ ...context, logger });
    },
  };
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
 * `astro dev` checks again whenever a content file changes. While a file cannot be rendered it shows
 * previewErrorPage instead of every page; any other error is named at the top of every page, and a page that
 * fails to render anyway (an unknown `:::warning`, a component that does not exist) gets previewErrorPage
 * instead of Astro's English stack trace. A page request compares the folder too: a file watcher can miss
 * events (a machine out of inotify instances, say), and the editor must never see a stale page then.
 */
function showErrorsInPreview(
  server: DevServer,
  logger: AstroIntegrationLogger,
  contentFolder: string,
  check: () => ContentCheck,
): void {
  let checked = '';
  let reported = '';
  // The errors as the preview shows them: those that break it first.
  let shown: Problem[] = [];
  const recheck = () => {
    const state = contentState(contentFolder);
    if (state === checked) return;
    checked = state;
    const errors = check().problems.filter((problem) => problem.severity === 'error');
    shown = [...errors.filter(breaksThePreview), ...errors.filter((problem) => !breaksThePreview(problem))];
    const lines = errors.map(formatProblem);
    const report = lines.join('\n');
    if (report === reported) return;
    reported = report;
    for (const line of lines) logger.error(line);
    server.ws.send({ type: 'full-reload' });
  };
  recheck();
  server.watcher.on('all', (_, path) => {
    if (resolve(path).startsWith(contentFolder + sep)) recheck();
  });
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
    recheck();
    if (shown.length === 0) return next();
    if (breaksThePreview(shown[0]!)) {
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(previewErrorPage(shown));
      return;
    }
    rewriteResponse(response, (status, html) =>
      status >= 500 ? previewErrorPage(shown) : withBanner(html, previewErrorBanner(shown)),
    );
    next();
  });
}

/**
 * Runs the content check (src/lib/content-check/runner.ts) inside Astro: `astro build` (so `npm run
 * build`, the tests' builds and a static host's build) refuses exactly what `npm run lint:content`
 * refuses, and `astro dev` shows each of its errors in Chinese on the page: instead of the page while a
 * file's frontmatter or MDX is broken, above it otherwise. Unchanged articles are remembered in Astro's cache folder.
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
      'astro:server:setup': ({ server, logger }) =>
        showErrorsInPreview(server, logger, resolve(root, 'content'), check),
    },
  };
}
