import { describe, expect, test } from 'vitest';
import { lintArticles, type ArticleFile } from '../../../src/lib/content-check/lint.ts';
import { siteRoutes } from '../../../src/lib/articles/routes.ts';

const description = '出发去阿塞拜疆之前，先确认手机支持 eSIM、套餐的有效期和剩余流量，再决定是续费还是换一个新的套餐。';
const article = (file: string, order: number, body: string, extra = ''): ArticleFile => ({
  file,
  text: `---\ntitle: 出发前检查流量\ndescription: ${description}\npubDate: 2026-11-20\norder: ${order}\n${extra}---\n\n${body}\n`,
});
const lint = (...articles: ArticleFile[]) =>
  lintArticles({
    articles,
    routes: ['/', '/rss.xml'],
    today: '2026-12-01',
    allowlist: [{ host: 't.me', reason: '仅用于测试' }],
    fileExists: () => true,
  });

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
    expect(published).toEqual([
      expect.objectContaining({
        file: 'content/published.mdx',
        line: 8,
        message: expect.stringMatching(/链接到了草稿 content\/draft/),
      }),
    ]);
    expect(lint(draft, article('content/other-draft.mdx', 2, '见[草稿](/draft/)。', 'draft: true\n'))).toEqual([]);
  });

  test('a host on the allowlist may be linked', () => {
    expect(lint(article('content/a.mdx', 1, '见[官方频道](https://t.me/official)。'))).toEqual([]);
  });

  test('a .md article gets the same checks, and :::tip is fine in it', () => {
    const problems = lint(article('content/notes.md', 1, ':::tip\n提前续费。\n:::\n\n见[外站](http://example.org/)。'));
    expect(problems.map((problem) => [problem.line, problem.topic])).toEqual([[12, 'link']]);
  });

  test(':::hant-only is fine, and refused when it holds a heading', () => {
    expect(lint(article('content/a.mdx', 1, ':::hant-only[给台湾读者]\n在台湾买的 iPhone。\n:::'))).toEqual([]);
    expect(lint(article('content/b.mdx', 1, '正文。\n\n:::hant-only\n## 小标题\n:::'))).toEqual([
      expect.objectContaining({ line: 10, rule: 'component', message: expect.stringMatching(/里不能有小标题/) }),
    ]);
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

describe('contact handles and phone numbers in text', () => {
  const problemsIn = (body: string) => lint(article('content/a.mdx', 1, body)).map((problem) => problem.rule);

  test.each([
    '支付宝、微信支付只在结账页提供时才用。',
    '在 WhatsApp Business 或 LINE Pay 里都找不到续费入口。',
    '拨 `*100#YES` 查余额，或拨 2112、1005、555 找客服。',
    '余额不足时拨 *777#77#YES 再试一次。',
    '2026-11-29 核对过，见[官方文章](https://support.example.com/hc/articles/4417474511515)。',
    '一年是 365 天，1 GB 是 1024 MB。',
  ])('%s passes', (body) => {
    expect(problemsIn(body)).toEqual([]);
  });

  test.each([
    ['加微信 example_2026 找人代充。', 'contact-handle'],
    ['VX：abcdef', 'contact-handle'],
    ['QQ 号 1234567', 'contact-handle'],
    ['Line: example.user', 'contact-handle'],
    ['WhatsApp +994 50 000 00 00', 'contact-handle'],
    ['打 050-000-00-00 找人代充。', 'phone-number'],
    ['客服电话（012）000 0000。', 'phone-number'],
  ])('%s is a %s error', (body, rule) => {
    expect(problemsIn(body)).toEqual([rule]);
  });
});

describe('an article changed on a pull request', () => {
  const before = article('content/a.mdx', 1, '旧的正文。', 'updated: 2026-11-21\n');
  const lintAgainst = (now: ArticleFile, previous: string | null) =>
    lintArticles({
      articles: [now],
      routes: [],
      today: '2026-12-01',
      allowlist: [],
      fileExists: () => true,
      previousText: (file) => (file === now.file ? previous : null),
    }).map((problem) => [problem.rule, problem.line]);

  test('warns at `updated` when the text changed and `updated` did not', () => {
    expect(lintAgainst(article('content/a.mdx', 1, '新的正文。', 'updated: 2026-11-21\n'), before.text)).toEqual([
      ['updated-not-bumped', 6],
    ]);
  });

  test('is quiet when `updated` moved, when only the order changed, for a new file, and for a draft', () => {
    expect(lintAgainst(article('content/a.mdx', 1, '新的正文。', 'updated: 2026-11-30\n'), before.text)).toEqual([]);
    expect(lintAgainst(article('content/a.mdx', 2, '旧的正文。', 'updated: 2026-11-21\n'), before.text)).toEqual([]);
    expect(lintAgainst(article('content/a.mdx', 1, '新的正文。', 'updated: 2026-11-21\n'), null)).toEqual([]);
    expect(
      lintAgainst(article('content/a.mdx', 1, '新的正文。', 'updated: 2026-11-21\ndraft: true\n'), before.text),
    ).toEqual([]);
  });
});
