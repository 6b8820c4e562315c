import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nextReadingOrder } from '../support/content.ts';
import { parseDocument } from '../support/html.ts';
import { copyProject } from '../../tools/lib/project-copy.ts';

// `astro build` run where NODE_ENV is `test` (as under this very test runner, whose environment the build
// inherits here) must still be the production build: Vite's DEV and PROD follow NODE_ENV, so the site
// decides "dev server or not" by Vite's mode instead. Built once in a throwaway copy with one draft added,
// with only the production dependencies installed (`npm ci --omit=dev`), as hosts that build with
// NODE_ENV=production do: whatever the build imports must be in `dependencies`.
let copy: string;
let buildOutput: string;
const draftSlug = 'draft-under-test';

beforeAll(() => {
  copy = copyProject('production-build-');
  writeFileSync(
    join(copy, 'content', `${draftSlug}.md`),
    `---\ntitle: 还没写完的草稿\ndescription: 这篇草稿只用来检查生产构建不会发布草稿：即使构建时的 NODE_ENV 是 test，它也不能出现在网站上，首页的列表里也不能有它。\npubDate: 2026-11-25\norder: ${nextReadingOrder()}\ndraft: true\n---\n\n草稿的正文。\n`,
  );
  // npm's cache holds every package already (npm test installed them), so this downloads nothing.
  rmSync(join(copy, 'node_modules'), { recursive: true });
  const install = spawnSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: copy, encoding: 'utf8' });
  expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
  const build = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test' },
  });
  buildOutput = `${build.stdout}\n${build.stderr}`;
  expect(build.status, buildOutput).toBe(0);
}, 600_000);

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

test('was built with the production dependencies alone', () => {
  expect(existsSync(join(copy, 'node_modules/astro'))).toBe(true);
  expect(existsSync(join(copy, 'node_modules/vitest')), 'a devDependency').toBe(false);
});

const page = (file: string) => parseDocument(readFileSync(join(copy, 'dist', file), 'utf8'));

test('prints no warning or error an editor cannot read: each such line is in Chinese', () => {
  const flagged = buildOutput.split('\n').filter((line) => /\[(WARN|ERROR)\]|warning|MODULE_LEVEL_DIRECTIVE/i.test(line));
  expect(flagged.filter((line) => !/\p{Script=Han}/u.test(line))).toEqual([]);
  expect(buildOutput).not.toContain('MODULE_LEVEL_DIRECTIVE');
});

test('leaves the draft out: no page, not in the home page’s list', () => {
  expect(existsSync(join(copy, 'dist', draftSlug))).toBe(false);
  const links = [...page('index.html').querySelectorAll('main a')].map((link) => link.getAttribute('href'));
  expect(links).not.toContain(`/${draftSlug}/`);
});

test('writes the CSP meta tag into every page', () => {
  for (const file of ['index.html', 'faq/index.html', 'zh-hant/faq/index.html', '404.html']) {
    expect(page(file).querySelector('meta[http-equiv="content-security-policy"]'), file).not.toBeNull();
  }
});

test('shows no dev-server notice on the search page', () => {
  expect(page('search/index.html').body.textContent).not.toContain('开发模式');
});

test('keeps the service-worker registration in the reminder’s script', () => {
  const script = page('index.html').querySelector('script[type="module"][src]')!.getAttribute('src')!;
  expect(readFileSync(join(copy, 'dist', script), 'utf8')).toMatch(/serviceWorker\??\.register\(/);
});
