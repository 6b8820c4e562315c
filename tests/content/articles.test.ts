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
    expect(articleSchema.parse(valid)).toMatchObject({ updated: '2026-11-20', tags: [], draft: false });
  });

  test.each([
    ['a missing title', { title: undefined }, 'title', /title（标题）必填/],
    ['a short description', { description: '太短' }, 'description', /description.*50 到 160/],
    ['a day that does not exist', { pubDate: '2026-02-30' }, 'pubDate', /pubDate.*YYYY-MM-DD/],
    ['updated before pubDate', { updated: '2026-11-01' }, 'updated', /不能早于/],
    ['a fractional order', { order: 2.5 }, 'order', /整数/],
    ['an unknown field', { autor: '某人' }, '', /autor/],
  ])('%s', (_, change, field, message) => {
    const result = articleSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toMatch(message);
  });
});
