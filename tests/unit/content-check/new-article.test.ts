import { expect, test } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/content-check/frontmatter.ts';
import { newTitleProblem, placeholderMark, scaffoldArticle } from '../../../src/lib/content-check/new-article.ts';

test.each([
  ['出发前检查流量', 6],
  ['标题里有冒号: 也没关系', 12],
  ['“引号”和 #号', 1],
])('the scaffold for %j is a valid draft with order %i and today as both dates', (title, order) => {
  const text = scaffoldArticle({ title, date: '2026-11-26', order });
  const { data, problems } = checkFrontmatter(text);
  expect(problems).toEqual([]);
  expect(data).toMatchObject({ title, pubDate: '2026-11-26', updated: '2026-11-26', order, draft: true, tags: [] });
  expect(text).toContain(`## ${placeholderMark}`);
  expect(text).toMatch(/^:::tip\n.*\n:::$/m);
});

test.each([
  ['', /请在文件名后面写上文章标题/],
  ['一', /请在文件名后面写上文章标题/],
  ['长'.repeat(41), /标题有 41 个字，太长了/],
])('the title %j is refused', (title, message) => {
  expect(newTitleProblem(title)).toMatch(message);
});

test('a title of 2 to 40 characters is fine', () => {
  expect(newTitleProblem('续费')).toBeNull();
  expect(newTitleProblem('长'.repeat(40))).toBeNull();
});
