import { describe, expect, test } from 'vitest';
import { lintArticles, type ArticleFile } from '../../src/lib/content-lint';
import { siteRoutes } from '../../src/lib/routes';

const description = '出发去阿塞拜疆之前，先确认手机支持 eSIM、套餐的有效期和剩余流量，再决定是续费还是换一个新的套餐。';
const article = (file: string, order: number, body: string, extra = ''): ArticleFile => ({
  file,
  text: `---\ntitle: 出发前检查流量\ndescription: ${description}\npubDate: 2026-11-20\norder: ${order}\n${extra}---\n\n${body}\n`,
});
const lint = (...articles: ArticleFile[]) =>
  lintArticles({ articles, routes: ['/', '/rss.xml'], today: '2026-12-01', allowlist: [{ host: 't.me', reason: '仅用于测试' }], fileExists: () => true });

describe('lintArticles', () => {
  test('links to site pages, other articles and their headings pass, however the anchor is written', () => {
    const target = article('content/target.mdx', 1, '## 查看有效期\n\n## 什么是 eSIM？');
    const from = article(
      'content/from.mdx',
      2,
      '见[首页](/)、[订阅](/rss.xml)、[有效期](/target/#查看有效期)、[eSIM](/target/#%E4%BB%80%E4%B9%88%E6%98%AF-esim)、[邮件](mailto:a@b.org)。',
    );
    expect(lint(target, from)).toEqual([]);
  });

  test('a published article may not link to a draft, a draft may', () => {
    const draft = article('content/draft.mdx', 1, '草稿。', 'draft: true\n');
    const published = lint(draft, article('content/published.mdx', 2, '见[草稿](/draft/)。'));
    expect(published).toEqual([expect.objectContaining({ file: 'content/published.mdx', line: 8, message: expect.stringMatching(/链接到了草稿 content\/draft/) })]);
    expect(lint(draft, article('content/other-draft.mdx', 2, '见[草稿](/draft/)。', 'draft: true\n'))).toEqual([]);
  });

  test('a host on the allowlist may be linked', () => {
    expect(lint(article('content/a.mdx', 1, '见[官方频道](https://t.me/official)。'))).toEqual([]);
  });

  test('a .md article gets the same checks, and :::tip is fine in it', () => {
    const problems = lint(article('content/notes.md', 1, ':::tip\n提前续费。\n:::\n\n见[外站](http://example.org/)。'));
    expect(problems.map((problem) => [problem.line, problem.topic])).toEqual([[12, 'link']]);
  });

  test('an article named like a site page is refused', () => {
    expect(lint(article('content/rss.xml.mdx', 1, '正文。')).map((problem) => problem.topic)).toEqual(['file']);
  });
});

test.each([
  [['index.astro', '[slug].astro', '404.astro'], ['favicon.svg'], ['/', '/404/', '/favicon.svg']],
  [['rss.xml.ts', 'search.astro', 'guides/index.astro', '_partial.astro'], [], ['/guides/', '/rss.xml', '/search/']],
  [['[slug].astro', 'zh-hant/[...path].astro', 'zh-hant/rss.xml.ts'], [], ['/zh-hant/', '/zh-hant/rss.xml']],
])('siteRoutes(%j, %j) is %j', (pages, publicFiles, routes) => {
  expect(siteRoutes(pages, publicFiles)).toEqual(routes);
});

test('a malformed percent sign in a link is reported, not a crash', () => {
  const problems = lintArticles({
    articles: [article('content/a.mdx', 1, '见[坏链接](/a/#%E4%ZZ)。')],
    routes: [],
    today: '2026-12-01',
    allowlist: [],
    fileExists: () => true,
  });
  expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/#%E4%ZZ 找不到/)]);
});
