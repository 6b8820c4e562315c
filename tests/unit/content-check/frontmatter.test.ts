import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/content-check/frontmatter.ts';

const description = '出发去阿塞拜疆之前，先确认手机支持 eSIM、套餐的有效期和剩余流量，再决定是续费还是换一个新的套餐。';
const article = (fields: string) =>
  `---\ntitle: 出发前检查流量\ndescription: ${description}\n${fields}\n---\n\n正文第一行。\n`;

describe('checkFrontmatter', () => {
  test('a correct frontmatter gives the data, the field lines and a body with the same line numbers', () => {
    const result = checkFrontmatter(article('pubDate: 2026-11-20\norder: 3\ndraft: true'));
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({
      pubDate: '2026-11-20',
      updated: '2026-11-20',
      order: 3,
      draft: true,
      tags: [],
    });
    expect(Object.fromEntries(result.fieldLines)).toEqual({ title: 2, description: 3, pubDate: 4, order: 5, draft: 6 });
    expect(result.body.split('\n')[8]).toBe('正文第一行。');
    expect(result.body.split('\n').slice(0, 8).join('')).toBe('');
  });

  test.each([
    ['2026-02-30', /“2026-02-30” 这一天不存在/],
    ["'2026-02-30'", /“2026-02-30” 这一天不存在/],
    ['2026-2-3', /“2026-2-3” 这一天不存在或格式不对/],
    ['2026/11/20', /格式不对/],
    ['2026-11-20T10:00:00Z', /格式不对/],
  ])('pubDate: %s is refused from the raw text at its line', (value, message) => {
    const { problems, data } = checkFrontmatter(article(`pubDate: ${value}\norder: 3`));
    expect(data).toBeNull();
    expect(problems).toEqual([{ line: 4, rule: 'frontmatter-field', message: expect.stringMatching(message) }]);
  });

  test.each(['2026-11-20', "'2026-11-20'", '"2026-11-20"'])('pubDate: %s is accepted quoted or not', (value) => {
    expect(checkFrontmatter(article(`pubDate: ${value}\norder: 3`)).data?.pubDate).toBe('2026-11-20');
  });

  test('a missing field is reported at the closing ---, where it belongs', () => {
    const { problems } = checkFrontmatter(article('pubDate: 2026-11-20'));
    expect(problems).toEqual([
      { line: 5, rule: 'frontmatter-field', message: expect.stringMatching(/order（阅读顺序）必填/) },
    ]);
  });

  test.each([
    ['order: 二', 5, 'frontmatter-field', /order（阅读顺序）必填：请写一个正整数/],
    ['order: 0', 5, 'frontmatter-field', /必须大于 0/],
    ['order: 3\ntags: 续费', 6, 'frontmatter-field', /tags（关键词）要写成列表，例如 \[续费, 流量\]/],
    ['order: 3\ndraft: 是', 6, 'frontmatter-field', /draft（草稿）只能写 true 或 false/],
    ['order: 3\norder: 4', 6, 'frontmatter-format', /同一个字段写了两次/],
    ['order: 3\n\ttags: []', 6, 'frontmatter-format', /Tab/],
  ])('%j is refused at line %i (%s)', (fields, line, rule, message) => {
    const { problems } = checkFrontmatter(article(`pubDate: 2026-11-20\n${fields}`));
    expect(problems[0]).toEqual({ line, rule, message: expect.stringMatching(message) });
  });

  test('a frontmatter without its closing --- is named so, with the line the --- belongs on, and its fields are not body', () => {
    const text =
      '---\ntitle: 出发前检查流量\ndescription: 摘要: 不是正文\npubDate: 2026-11-20\ntags:\n  - 流量\n\n正文第一段。\n';
    const { problems, body } = checkFrontmatter(text);
    expect(problems).toEqual([
      {
        line: 7,
        rule: 'frontmatter-unclosed',
        message: expect.stringMatching(/^第 1 行开始的 frontmatter 没有用 --- 结束：请在第 7 行.*单独写一行 ---/),
      },
    ]);
    expect(body.split('\n')).toEqual(['', '', '', '', '', '', '', '正文第一段。', '']);
  });

  test('the raw draft and order are known even when another field is wrong', () => {
    const result = checkFrontmatter(article('pubDate: 2026-13-01\norder: 4\ndraft: true'));
    expect(result.data).toBeNull();
    expect(result).toMatchObject({ draft: true, order: 4 });
  });
});
