import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ArticleResultCache, rulesFingerprint } from '../../../src/lib/content-check/cache.ts';
import { lintArticles, type ArticleFile, type LintInput } from '../../../src/lib/content-check/lint.ts';
import { cacheFileIn, checkContentFolder } from '../../../src/lib/content-check/runner.ts';

const description = '出发去阿塞拜疆之前，先确认手机支持 eSIM、套餐的有效期和剩余流量，再决定是续费还是换一个新的套餐。';
const article = (file: string, order: number, body: string, extra = ''): ArticleFile => ({
  file,
  text: `---\ntitle: 出发前检查流量\ndescription: ${description}\npubDate: 2026-11-20\norder: ${order}\n${extra}---\n\n${body}\n`,
});
const articles = [
  article('content/target.mdx', 1, '## 查看有效期\n\n提前7天续费。'),
  article(
    'content/from.mdx',
    2,
    '见[有效期](/target/#查看有效期)和[没有的小标题](/target/#没有)。',
    'updated: 2026-12-03\n',
  ),
  article('content/image.mdx', 3, '![流量页面](../src/assets/articles/no-such.png)'),
];
const input = (over: Partial<LintInput> = {}): LintInput => ({
  articles,
  routes: ['/'],
  today: '2026-12-01',
  allowlist: [],
  fileExists: () => false,
  ...over,
});

let folder: string;
let cacheFile: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'content-check-cache-'));
  cacheFile = join(folder, 'cache', 'content-check.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** One run that opens the cache file, lints and saves, as the runner does. */
function cachedRun(over: Partial<LintInput> = {}, rules = 'rules-1') {
  const cache = ArticleResultCache.open(cacheFile, rules);
  const problems = lintArticles(input(over), cache);
  cache.save(() => true);
  return { problems, hits: cache.hits, misses: cache.misses };
}

describe('the content check’s cache', () => {
  test('an unchanged article is not read again, and its result is the same as without a cache', () => {
    const uncached = lintArticles(input());
    expect(uncached.map((problem) => problem.rule)).toEqual(
      expect.arrayContaining(['style-mistake', 'link-internal', 'image', 'future-date']),
    );
    expect(cachedRun()).toEqual({ problems: uncached, hits: 0, misses: 3 });
    expect(cachedRun()).toEqual({ problems: uncached, hits: 3, misses: 0 });
  });

  test('an article whose text changed is read again', () => {
    cachedRun();
    const fixed = { ...articles[0]!, text: articles[0]!.text.replace('提前7天续费', '提前 7 天续费') };
    const { problems, hits, misses } = cachedRun({ articles: [fixed, ...articles.slice(1)] });
    expect({ hits, misses }).toEqual({ hits: 2, misses: 1 });
    expect(problems.filter((problem) => problem.file === 'content/target.mdx')).toEqual([]);
  });

  test('every article is read again when the rules changed', () => {
    cachedRun();
    expect(cachedRun({}, 'rules-2')).toMatchObject({ hits: 0, misses: 3 });
  });

  test('the rules’ fingerprint changes with the code under src/lib and with the installed packages', () => {
    const root = join(folder, 'project');
    mkdirSync(join(root, 'src/lib/content-check'), { recursive: true });
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'src/lib/content-check/rule.ts'), 'export const a = 1;\n');
    writeFileSync(
      join(root, 'node_modules/.package-lock.json'),
      '{"packages":{"node_modules/zhlint":{"version":"0.8.2"}}}',
    );
    const first = rulesFingerprint(root);
    expect(rulesFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'src/lib/content-check/rule.ts'), 'export const a = 2;\n');
    const second = rulesFingerprint(root);
    expect(second).not.toBe(first);
    writeFileSync(
      join(root, 'node_modules/.package-lock.json'),
      '{"packages":{"node_modules/zhlint":{"version":"0.8.3"}}}',
    );
    expect(rulesFingerprint(root)).not.toBe(second);
  });

  test('the rules that read the run check a remembered article again: today, the files, the routes', () => {
    cachedRun();
    const { problems, hits } = cachedRun({ today: '2026-12-05', fileExists: () => true, routes: ['/', '/target/'] });
    expect(hits).toBe(3);
    expect(problems.map((problem) => problem.rule)).not.toContain('future-date');
    expect(problems.map((problem) => problem.rule)).not.toContain('image');
    expect(problems.filter((problem) => problem.rule === 'file-name').map((problem) => problem.file)).toEqual([
      'content/target.mdx',
    ]);
  });
});

describe('the cache file: never trusted blindly, never growing with deleted articles', () => {
  test.each([
    ['is not JSON', '{"rules": "rules-1", "articles": {'],
    ['has another shape', '[1, 2, 3]'],
  ])('a cache file that %s is ignored, and written again', (_, text) => {
    mkdirSync(join(folder, 'cache'));
    writeFileSync(cacheFile, text);
    expect(cachedRun()).toEqual({ problems: lintArticles(input()), hits: 0, misses: 3 });
    expect(() => JSON.parse(readFileSync(cacheFile, 'utf8'))).not.toThrow();
    expect(cachedRun()).toMatchObject({ hits: 3 });
  });

  test('an entry that lost its findings or facts is read again', () => {
    cachedRun();
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { articles: Record<string, Record<string, unknown>> };
    stored.articles['content/target.mdx']!['problems'] = null;
    stored.articles['content/from.mdx']!['facts'] = {};
    writeFileSync(cacheFile, JSON.stringify(stored));
    expect(cachedRun()).toEqual({ problems: lintArticles(input()), hits: 1, misses: 2 });
  });

  test('saving forgets the articles that no longer exist', () => {
    cachedRun();
    const cache = ArticleResultCache.open(cacheFile, 'rules-1');
    cache.save((file) => file !== 'content/from.mdx');
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { articles: Record<string, unknown> };
    expect(Object.keys(stored.articles).sort()).toEqual(['content/image.mdx', 'content/target.mdx']);
  });
});

describe('checkContentFolder with a cache file', () => {
  const root = join(import.meta.dirname, '../../..');
  const check = (file: string | null) =>
    checkContentFolder(root, join(root, 'tests/fixtures/content-valid'), { today: '2026-12-01', cacheFile: file });

  test('a second run finds the article and the provider page unchanged, with the same problems', () => {
    const first = check(cacheFile);
    expect(first).toMatchObject({ articles: 1, providers: 1, unchanged: 0 });
    expect(check(cacheFile)).toEqual({ ...first, unchanged: 2 });
    expect(check(null)).toEqual(first);
  });

  test('CONTENT_CHECK_CACHE=off turns the cache off', () => {
    expect(cacheFileIn('/project/node_modules/.astro', {})).toBe('/project/node_modules/.astro/content-check.json');
    expect(cacheFileIn('/project/node_modules/.astro', { CONTENT_CHECK_CACHE: 'off' })).toBeNull();
  });
});
