import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { editorEnvironment } from '../support/environment.ts';
import { copyProject, projectRoot } from '../../tools/lib/project-copy.ts';

// `astro build` (and so `npm run build` and a static host's build) refuses what the content check refuses,
// naming file and line in Chinese. In a throwaway copy: a dead link added to an existing article and a new
// article whose frontmatter is not closed.
let copy: string;
let output: string;
let status: number | null;
let deadLinkLine: number;

beforeAll(() => {
  copy = copyProject('build-refuses-');
  const faq = join(copy, 'content/faq.mdx');
  appendFileSync(faq, '\n见[不存在的页面](/no-such-page/)。\n');
  deadLinkLine = readFileSync(faq, 'utf8').split('\n').findIndex((line) => line.includes('/no-such-page/')) + 1;
  copyFileSync(join(projectRoot, 'tests/fixtures/content-mistakes/unclosed-frontmatter.mdx'), join(copy, 'content/unclosed-frontmatter.mdx'));
  const build = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], { cwd: copy, encoding: 'utf8', env: editorEnvironment });
  output = `${build.stdout}\n${build.stderr}`;
  status = build.status;
}, 180_000);

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

test('fails, builds no page, and names each mistake with file and line in Chinese', () => {
  expect(status, output).toBe(1);
  expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
  expect(output).toContain(`content/faq.mdx:${deadLinkLine}  错误 [链接] 站内链接 /no-such-page/ 指向的页面不存在`);
  expect(output).toContain('content/unclosed-frontmatter.mdx:6  错误 [frontmatter] 第 1 行开始的 frontmatter 没有用 --- 结束');
  expect(output).toContain('内容检查发现 2 个错误');
});

test('says nothing in English: no stack trace, no :0:0 position', () => {
  expect(output).not.toMatch(/:0:0|Stack trace|unhandled error/i);
});

test('npm run preview afterwards refuses, in Chinese, to show an older dist/ as if it were this build', () => {
  const preview = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['preview', '--port', '0'], {
    cwd: copy,
    encoding: 'utf8',
    env: editorEnvironment,
    timeout: 60_000,
  });
  expect(preview.status, `${preview.stdout}\n${preview.stderr}`).toBe(1);
  expect(`${preview.stdout}${preview.stderr}`).toContain('上一次构建（');
  expect(`${preview.stdout}${preview.stderr}`).toContain('没有完成，dist/ 里还是更早那次构建的网站');
});
