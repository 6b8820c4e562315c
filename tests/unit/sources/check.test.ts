import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkSources, sourceUsages, userAgentFor, type SourceResult } from '../../../src/lib/sources/check.ts';
import { emptyLock, parseLock, serializeLock, type SourcesLock } from '../../../src/lib/sources/lock.ts';
import { readableText, textHash } from '../../../src/lib/sources/readable-text.ts';
import { consoleReport, issueBody, issueTitle, needsAttention } from '../../../src/lib/sources/report.ts';

// `npm run sources:check` against a local server standing in for the sellers' sites: one address per case
// the issue names (gone, moved, changed, unchanged, slow) and a few the real web has. No network is used.

const page = (text: string) =>
  `<!doctype html><html><head><title>帮助</title><style>p{color:red}</style></head><body><script>track()</script><p>${text}</p></body></html>`;
const timeoutMs = 300;

/** Every request the server saw, in order: method, path, user agent, and how many were open at once. */
const requests: { method: string; path: string; userAgent: string; open: number }[] = [];
let open = 0;

function answer(
  request: IncomingMessage,
  respond: (status: number, headers: Record<string, string>, body?: string) => void,
) {
  const html = { 'content-type': 'text/html; charset=utf-8' };
  switch (request.url) {
    case '/gone':
      return respond(404, html, page('找不到这个页面'));
    case '/removed':
      return respond(410, html, page('这个页面已删除'));
    case '/moved':
      return respond(301, { location: '/new-home' });
    case '/new-home':
      return respond(200, html, page('新的帮助页'));
    case '/changed':
      return respond(200, html, page('续费规则：新套餐立即生效'));
    case '/unchanged':
      return respond(200, html, page(`续费规则：新套餐排队 ${Date.now() % 2 ? '' : ' '}`));
    case '/head-refused':
      return request.method === 'HEAD' ? respond(405, {}) : respond(200, html, page('只接受 GET'));
    case '/terms.pdf':
      return respond(200, { 'content-type': 'application/pdf' }, '%PDF-1.7');
    case '/blocked':
      return respond(403, html, page('拒绝访问'));
    case '/slow':
      return setTimeout(() => respond(200, html, page('终于来了')), timeoutMs * 4);
    default:
      return respond(500, {});
  }
}

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    open += 1;
    requests.push({ method: request.method!, path: request.url!, userAgent: request.headers['user-agent']!, open });
    answer(request, (status, headers, body) => {
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
      open -= 1;
    });
    response.on('close', () => {
      if (!response.writableFinished) open -= 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const url = (path: string) => `${origin}${path}`;
const nar = { title: '怎样给 Nar 续费', path: '/providers/nar/', file: 'content/providers/nar.md' };
const faq = { title: '常见问题', path: '/faq/', file: 'content/faq.mdx' };
const userAgent = userAgentFor('https://azerbaijan-esim-guide.pages.dev', 'https://github.com/example/guide');
const record = (path: string, text: string | null, finalPath = path) => ({
  status: 200,
  finalUrl: url(finalPath),
  textHash: text === null ? null : textHash(readableText(page(text))),
  checked: '2026-11-01',
});

/** The lock as last committed: what each address showed on 2026-11-01. */
const committed = (): SourcesLock => ({
  lastRun: '2026-11-01',
  sources: {
    [url('/gone')]: record('/gone', '续费帮助'),
    [url('/moved')]: record('/moved', '旧的帮助页'),
    [url('/changed')]: record('/changed', '续费规则：新套餐排队'),
    [url('/unchanged')]: record('/unchanged', '续费规则：新套餐排队'),
    [url('/slow')]: record('/slow', '终于来了'),
  },
});

async function run(paths: string[], lock = committed()) {
  requests.length = 0;
  const usages = sourceUsages(
    paths.map((path, index) => ({ ...(index % 2 ? faq : nar), sources: [{ url: url(path) }] })),
  );
  return checkSources(usages, lock, { today: '2026-12-06', userAgent, timeoutMs, pauseMs: 0 });
}

const verdicts = (results: readonly SourceResult[]) =>
  Object.fromEntries(results.map((result) => [new URL(result.url).pathname, result.verdict]));

describe('sources:check against a local server', () => {
  test('finds each case: gone, moved, changed, unchanged, slow', async () => {
    const { results } = await run(['/gone', '/removed', '/moved', '/changed', '/unchanged', '/slow']);
    expect(verdicts(results)).toEqual({
      '/changed': 'changed',
      '/gone': 'gone',
      '/moved': 'moved',
      '/removed': 'gone',
      '/slow': 'unreachable',
      '/unchanged': 'unchanged',
    });
    const slow = results.find((result) => result.url.endsWith('/slow'))!;
    expect(slow.observation).toMatchObject({ reached: false, reason: 'timeout' });
    // A source that did not answer HEAD in time is not asked again with GET.
    expect(requests.filter((request) => request.path === '/slow').map((request) => request.method)).toEqual(['HEAD']);
    const moved = results.find((result) => result.url.endsWith('/moved'))!;
    expect(moved.observation).toMatchObject({ reached: true, status: 200, finalUrl: url('/new-home') });
  });

  test('asks politely: one request at a time, HEAD before GET, naming the site and its repository', async () => {
    await run(['/changed', '/unchanged', '/head-refused']);
    expect(requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'HEAD /changed',
      'GET /changed',
      'HEAD /head-refused',
      'GET /head-refused',
      'HEAD /unchanged',
      'GET /unchanged',
    ]);
    expect(Math.max(...requests.map((request) => request.open))).toBe(1);
    expect(new Set(requests.map((request) => request.userAgent))).toEqual(
      new Set(['azerbaijan-esim-guide.pages.dev-sources-check/1.0 (+https://github.com/example/guide)']),
    );
  });

  test('falls back to GET when HEAD is refused, keeps a file that is not text unhashed, and counts a 403 as not checked', async () => {
    const { results, lock } = await run(['/head-refused', '/terms.pdf', '/blocked'], emptyLock());
    expect(verdicts(results)).toEqual({
      '/head-refused': 'recorded',
      '/terms.pdf': 'recorded',
      '/blocked': 'unreachable',
    });
    expect(lock.sources[url('/terms.pdf')]).toMatchObject({ status: 200, textHash: null });
    expect(lock.sources[url('/head-refused')]?.textHash).toMatch(/^sha256:[\da-f]{64}$/);
    expect(lock.sources[url('/blocked')]).toBeUndefined();
  });

  test('the first run records every source and reports only what is gone or moved away from its address', async () => {
    const { results, lock } = await run(['/gone', '/moved', '/changed'], emptyLock());
    expect(verdicts(results)).toEqual({ '/gone': 'gone', '/moved': 'moved', '/changed': 'recorded' });
    expect(lock.lastRun).toBe('2026-12-06');
  });

  test('writes what it saw into the lock, keeping the last record of a source it could not reach', async () => {
    const before = committed();
    const { lock } = await run(['/moved', '/changed', '/slow'], before);
    expect(lock.sources[url('/moved')]).toEqual({
      ...record('/moved', '新的帮助页', '/new-home'),
      checked: '2026-12-06',
    });
    expect(lock.sources[url('/changed')]?.textHash).toBe(textHash(readableText(page('续费规则：新套餐立即生效'))));
    expect(lock.sources[url('/slow')]).toEqual(before.sources[url('/slow')]);
    expect(parseLock(serializeLock(lock))).toEqual(lock);
  });

  test('a run that reaches nothing leaves the date of the last check', async () => {
    const { lock } = await run(['/slow']);
    expect(lock.lastRun).toBe('2026-11-01');
  });
});

describe('what it prints and the issue it writes', () => {
  let results: SourceResult[];
  beforeAll(async () => {
    ({ results } = await run(['/gone', '/moved', '/changed', '/unchanged', '/slow']));
  });
  const context = {
    siteUrl: 'https://azerbaijan-esim-guide.pages.dev',
    repository: { url: 'https://github.com/example/guide', branch: 'main' },
    today: '2026-12-06',
    lastRun: '2026-11-01',
  };

  test('the console names, in Chinese, each source gone, moved, changed or not reached and the pages relying on it', () => {
    const text = consoleReport(results, '2026-11-01');
    expect(text).toContain('检查了 5 个来源，和上次检查（2026-11-01）相比：');
    expect(text).toMatch(
      new RegExp(
        `已经失效（404 或 410）（1 个）：\\n  ${url('/gone')}\\n    状态 404\\n    用到它的页面：怎样给 Nar 续费（content/providers/nar.md）`,
      ),
    );
    expect(text).toContain(
      `搬到了别的地址（1 个）：\n  ${url('/moved')}\n    现在跳转到 ${url('/new-home')}（上次是 ${url('/moved')}）\n    用到它的页面：常见问题（content/faq.mdx）`,
    );
    expect(text).toContain(`内容有变化（1 个）：\n  ${url('/changed')}\n    页面文字和 2026-11-01 那次不同`);
    expect(text).toContain(`  ${url('/slow')}\n    超时`);
    expect(text).not.toContain(url('/unchanged'));
    expect(text).toMatch(/失效 1、搬走 1、有变化 1、没能打开 1、没有变化 1、第一次记录 0。$/);
  });

  test('the issue lists them with links to the pages and their files, and says how to close the loop', () => {
    expect(issueTitle).toBe('资料需要重新核实');
    expect(needsAttention(results)).toBe(true);
    const body = issueBody(results, context);
    expect(body).toMatch(
      /^每月的来源检查（2026-12-06）和上次提交的检查结果（2026-11-01）相比，下面这些来源需要重新核实。/,
    );
    expect(body).toContain(
      `## 已经失效（404 或 410）（1 个）\n\n- <${url('/gone')}>：状态 404\n  - 用到它的页面：[怎样给 Nar 续费](https://azerbaijan-esim-guide.pages.dev/providers/nar/)（[\`content/providers/nar.md\`](https://github.com/example/guide/blob/main/content/providers/nar.md)）`,
    );
    expect(body).toContain(`## 搬到了别的地址（1 个）\n\n- <${url('/moved')}>：现在跳转到 ${url('/new-home')}`);
    expect(body).toContain(
      `## 内容有变化（1 个）\n\n- <${url('/changed')}>：页面文字和 2026-11-01 那次不同\n  - 用到它的页面：[怎样给 Nar 续费](https://azerbaijan-esim-guide.pages.dev/providers/nar/)`,
    );
    expect(body).toContain(
      `## 这次没能打开（超时、网络错误或网站拒绝；可能只是暂时的，请手动打开看看）（1 个）\n\n- <${url('/slow')}>：超时`,
    );
    expect(body).not.toContain(url('/unchanged'));
    expect(body).toMatch(/运行 `npm run sources:check`，把更新后的 `sources.lock.json` 和改好的页面一起提交/);
  });

  test('nothing gone, moved or changed writes no issue', async () => {
    const { results: quiet } = await run(['/unchanged', '/slow']);
    expect(needsAttention(quiet)).toBe(false);
  });
});

describe('the readable text of a page', () => {
  test('drops scripts, styles, comments and tags, decodes entities and collapses white space', () => {
    expect(
      readableText(
        '<p>A&amp;B&nbsp;&#x4E2D;</p><!-- x --><script>var a = "<p>";</script>\n\n<style>p{}</style><b>  文字 </b>',
      ),
    ).toBe('A&B 中 文字');
  });

  test('the same text in other markup has the same hash; other text another', () => {
    expect(textHash(readableText('<div><p>续费</p></div>'))).toBe(textHash(readableText('<p class="x">续费</p>')));
    expect(textHash(readableText('<p>续费</p>'))).not.toBe(textHash(readableText('<p>充值</p>')));
  });
});
