import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lockFileName, parseLock } from '../../src/lib/sources/lock.ts';
import { issueTitle } from '../../src/lib/sources/report.ts';
import { projectRoot as root } from '../../tools/lib/project-copy.ts';

// `npm run sources:check` as the workflow runs it, against a local server: no network.

let server: Server;
let origin: string;
const folder = mkdtempSync(join(tmpdir(), 'sources-check-'));

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/help') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>续费帮助</p>');
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<p>没有这一页</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mkdirSync(join(folder, 'content'));
  const source = (path: string) =>
    `  - title: 示例帮助页\n    url: ${origin}${path}\n    checked: 2026-11-29\n    official: true\n`;
  writeFileSync(
    join(folder, 'content/renew.mdx'),
    `---\ntitle: 续费示例\ndescription: 用来测试来源检查的示例文章：它引用一个还在的页面和一个已经删掉的页面，检查应当只报告删掉的那个。\npubDate: 2026-11-29\norder: 1\nsources:\n${source('/help')}${source('/removed')}---\n\n正文。\n`,
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

const run = () =>
  promisify(execFile)(
    process.execPath,
    ['tools/check-sources.ts', '--content', join(folder, 'content'), '--lock', join(folder, 'lock.json'), '--issue-body', join(folder, 'issue.md'), '--pause', '0', '--timeout', '2000', '--today', '2026-12-06'],
    { cwd: root, encoding: 'utf8' },
  );

describe('npm run sources:check', { timeout: 60_000 }, () => {
  test('prints in Chinese what is gone and which page relies on it, writes the lock and the issue', async () => {
    const { stdout } = await run();
    expect(stdout).toContain('逐个检查 2 个来源');
    expect(stdout).toMatch(new RegExp(`已经失效（404 或 410）（1 个）：\\n  ${origin}/removed\\n    状态 404\\n    用到它的页面：续费示例（.*content/renew\\.mdx）`));
    expect(stdout).toContain('失效 1、搬走 0、有变化 0、没能打开 0、没有变化 0、第一次记录 1。');
    const lock = parseLock(readFileSync(join(folder, 'lock.json'), 'utf8'));
    expect(lock.lastRun).toBe('2026-12-06');
    expect(Object.keys(lock.sources)).toEqual([`${origin}/help`, `${origin}/removed`]);
    expect(readFileSync(join(folder, 'issue.md'), 'utf8')).toContain(`- <${origin}/removed>：状态 404`);
  });

  test('once the gone source is dropped, a second run finds nothing and writes no issue', async () => {
    const file = join(folder, 'content/renew.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/ {2}- title: 示例帮助页\n.*\/removed\n.*\n.*\n/, ''));
    const { stdout } = await run();
    expect(stdout).toContain('失效 0、搬走 0、有变化 0、没能打开 0、没有变化 1、第一次记录 0。');
    expect(existsSync(join(folder, 'issue.md'))).toBe(false);
  });
});

test('the committed lock file is valid; before the first real run it says no check has run yet', () => {
  const lock = parseLock(readFileSync(join(root, lockFileName), 'utf8'));
  if (lock.lastRun === null) expect(lock.sources).toEqual({});
  else expect(Object.keys(lock.sources).length).toBeGreaterThan(0);
});

test('the workflow runs monthly and by hand, with its own token, and writes the issue the code names', () => {
  const workflow = readFileSync(join(root, '.github/workflows/sources-check.yml'), 'utf8');
  const parsed = parse(workflow) as { on: Record<string, unknown>; permissions: Record<string, string> };
  expect(Object.keys(parsed.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  expect(parsed.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \d+ \* \*$/) }]);
  expect(parsed.permissions).toEqual({ contents: 'read', issues: 'write' });
  expect(workflow).toContain('npm run sources:check -- --issue-body');
  expect(workflow).toContain('GH_TOKEN: ${{ github.token }}');
  expect(workflow).toContain(`TITLE: ${issueTitle}`);
});
