import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentArticles, nextReadingOrder } from '../support/content.ts';
import { parseDocument } from '../support/html.ts';
import { editorEnvironment } from '../support/environment.ts';
import { copyProject, projectRoot as root } from '../../tools/lib/project-copy.ts';

// An editor's whole path, in a throwaway copy of the project (content/ here is never touched):
// `npm run new`, the draft stays out of the build, then the finished article is built and listed.
let copy: string;

// The tools run here as an editor runs them (tests/content/production-build.test.ts builds with vitest's mode).
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: editorEnvironment });
const newArticle = (...args: string[]) => run(process.execPath, ['tools/new-article.ts', ...args]);
const lint = () => run(process.execPath, ['tools/lint-content.ts']);
const build = () => run(join(root, 'node_modules/.bin/astro'), ['build']);
const homeLinks = () =>
  [...parseDocument(readFileSync(join(copy, 'dist/index.html'), 'utf8')).querySelectorAll('main ol a')].map((link) => link.getAttribute('href'));

beforeAll(() => {
  copy = copyProject('editor-path-');
});

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

// Every test here starts Node on the project copy: seconds each on a busy two-core machine.
describe('npm run new', { timeout: 60_000 }, () => {
  test('refuses a slug that cannot be a web address, in Chinese', () => {
    const { status, stderr } = newArticle('Travel_Data', '出发前检查流量');
    expect(status).toBe(1);
    expect(stderr).toContain('只能用小写英文字母、数字和连字符（-），例如 travel-data');
  });

  test('refuses to overwrite an existing article', () => {
    const existing = readdirSync(join(copy, 'content')).find((name) => name.endsWith('.mdx'))!;
    const { status, stderr } = newArticle(existing.replace('.mdx', ''), '随便一个标题');
    expect(status).toBe(1);
    expect(stderr).toContain(`content/${existing} 已经存在`);
  });

  test('writes a draft with today’s date and the next reading order, and says where to write', () => {
    const order = nextReadingOrder();
    const { status, stdout } = newArticle('travel-data', '出发前检查流量');
    expect(status).toBe(0);
    expect(stdout).toContain(`已创建 content/travel-data.mdx（阅读顺序 ${order}，草稿）`);
    expect(stdout).toContain('http://localhost:4321/travel-data/');
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
    const text = readFileSync(join(copy, 'content/travel-data.mdx'), 'utf8');
    expect(text).toMatch(new RegExp(`^pubDate: ${today}$`, 'm'));
    expect(text).toMatch(new RegExp(`^order: ${order}$`, 'm'));
    expect(text).toMatch(/^draft: true$/m);
    expect(existsSync(join(root, 'content/travel-data.mdx'))).toBe(false);
  });

  test('the fresh draft passes the content check, with warnings for what is left to write', () => {
    const { status, stdout } = lint();
    expect(stdout).toMatch(/^content\/travel-data\.mdx:3 {2}警告 \[待填写\]/m);
    expect(status).toBe(0);
  });

  test('a draft is not built: no page, not on the home page', { timeout: 120_000 }, () => {
    const { status, stderr } = build();
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(existsSync(join(copy, 'dist/travel-data/index.html'))).toBe(false);
    expect(homeLinks()).not.toContain('/travel-data/');
  });

  test('once written and set to draft: false, it passes, builds, and is listed last in reading order', { timeout: 120_000 }, () => {
    const file = join(copy, 'content/travel-data.mdx');
    const frontmatter = readFileSync(file, 'utf8')
      .split(/^---$/m)[1]!
      .replace(/^description: .*$/m, 'description: 出发去阿塞拜疆之前，先确认手机支持 eSIM、套餐的有效期和剩余流量，再决定是续费还是换一个新的套餐。')
      .replace('draft: true', 'sources:\n  - title: Azercell 官网\n    url: https://www.azercell.com/\n    checked: 2026-11-29\n    official: true\ndraft: false');
    writeFileSync(file, `---${frontmatter}---\n\n出发前花几分钟检查一下，可以少很多麻烦。\n\n## 确认手机支持 eSIM\n\n在设置里找到“添加 eSIM”。\n\n:::tip\n只在官方渠道付款。\n:::\n`);

    const checked = lint();
    expect(checked.stdout).not.toContain('travel-data');
    expect(checked.status).toBe(0);

    const { status } = build();
    expect(status).toBe(0);
    const page = parseDocument(readFileSync(join(copy, 'dist/travel-data/index.html'), 'utf8'));
    expect(page.querySelector('h1')?.textContent).toBe('出发前检查流量');
    expect(page.querySelector('.callout-tip .callout-title')?.textContent).toBe('提示');
    const links = homeLinks();
    expect(links.at(-1)).toBe('/travel-data/');
    expect(links).toHaveLength(contentArticles().length + 1);
  });
});
