import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/content.config.ts';
import { duplicateOrders } from '../../src/lib/articles/reading-order.ts';
import { contentArticles, contentDir } from '../support/content.ts';

const articles = contentArticles();

test('content/ holds articles and the providers/ folder only, and at least the five core articles', () => {
  expect(readdirSync(contentDir).filter((name) => !/\.mdx?$/.test(name))).toEqual(['providers']);
  expect(articles.map((article) => article.id)).toEqual(
    expect.arrayContaining(['what-is-esim', 'renewal-steps', 'precautions', 'worked-example', 'faq']),
  );
});

describe.each(articles)('content/$id', ({ frontmatter }) => {
  test('passes the article schema', () => {
    const result = articleSchema.safeParse(frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

test('every published article lists its sources (issue 24: all seven state facts), or says why it has none', () => {
  const unsourced = articles
    .map(({ id, frontmatter }) => ({ id, data: articleSchema.parse(frontmatter) }))
    .filter(({ data }) => !data.draft && data.sources.length === 0)
    .map(({ id, data }) => `${id}: ${data.noSourcesReason ?? '没有 sources'}`);
  expect(unsourced).toEqual([]);
});

test('no two articles share a reading order', () => {
  const parsed = articles.map(({ id, frontmatter }) => ({ id, data: articleSchema.parse(frontmatter) }));
  expect(duplicateOrders(parsed)).toEqual([]);
});

describe('the schema explains each mistake in Chinese, naming the field', () => {
  const valid = {
    title: '续费的四个步骤',
    description: '从查看有效期到确认生效，用四个步骤在到期前给阿塞拜疆 eSIM 续费，旅行 eSIM 和当地运营商线路都适用。',
    pubDate: '2026-11-20',
    order: 2,
  };

  test('a valid article gets its defaults', () => {
    expect(articleSchema.parse(valid)).toMatchObject({ updated: '2026-11-20', tags: [], sources: [], draft: false });
  });

  const official = { title: 'Azercell 官网：流量包', url: 'https://www.azercell.com/', checked: '2026-11-29', official: true };
  const other = { title: 'AzerNews：IMEI 登记费', url: 'https://www.azernews.az/', checked: '2026-11-29', official: false };

  test('sources are written as a provider page writes them, official ones first', () => {
    expect(articleSchema.parse({ ...valid, sources: [official, other] }).sources).toEqual([
      { ...official, archived: false },
      { ...other, archived: false },
    ]);
    expect(articleSchema.parse({ ...valid, noSourcesReason: '本文只介绍本站怎样使用。' }).sources).toEqual([]);
  });

  test.each([
    ['a missing title', { title: undefined }, 'title', /title（标题）必填/],
    ['a short description', { description: '太短' }, 'description', /description.*50 到 160/],
    ['a day that does not exist', { pubDate: '2026-02-30' }, 'pubDate', /pubDate.*YYYY-MM-DD/],
    ['updated before pubDate', { updated: '2026-11-01' }, 'updated', /不能早于/],
    ['a fractional order', { order: 2.5 }, 'order', /整数/],
    ['an unknown field', { autor: '某人' }, '', /autor/],
    ['sources that are no list', { sources: 'Azercell 官网' }, 'sources', /sources（参考资料）要写成列表/],
    ['a source over http', { sources: [{ ...official, url: 'http://www.azercell.com/' }] }, 'sources.0.url', /必须以 https:\/\/ 开头/],
    ['a source without a date', { sources: [{ ...official, checked: undefined }] }, 'sources.0.checked', /checked（读取日期）要写成日期/],
    ['a source with an unknown field', { sources: [{ ...official, note: '首页' }] }, 'sources.0', /未知字段 note/],
    ['an official source after another one', { sources: [other, official] }, 'sources', /官方来源（official: true）写在最前面/],
    ['a reason beside sources', { sources: [official], noSourcesReason: '本文没有需要出处的事实。' }, 'noSourcesReason', /只在 sources 为空时写/],
  ])('%s', (_, change, field, message) => {
    const result = articleSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toMatch(message);
  });
});
