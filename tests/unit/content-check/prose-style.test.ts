import { describe, expect, test } from 'vitest';
import { addressProblems, proseProblems } from '../../../src/lib/content-check/prose-style.ts';

describe('proseProblems', () => {
  test.each([
    '续费要提前 7 天，不然会断网。',
    '在 Azercell 的 App 里查看有效期（以官方页面为准）。',
    '**注意：**正文紧跟在粗体后面。',
    '到期日是 2026 年 12 月 15 日，巴库时间（UTC+4）。',
    '见[常见问题](/faq/)，或打开 [Bakcell 官网](https://www.bakcell.com/)。',
    '拨打 `*100#` 查询余额。',
  ])('%s is clean', (text) => {
    expect(proseProblems(text, 1)).toEqual([]);
  });

  test.each([
    ['有效期,流量', 'style-mistake', /标点符号需要使用全角：“有效期,流量” 改为 “有效期，流量”/],
    ['续费要提前7天', 'style-mistake', /中英文内容之间需要一个空格：“续费要提前7天” 改为 “续费要提前 7 天”/],
    ['打开App查看', 'style-mistake', /“打开App查看” 改为 “打开 App 查看”/],
    ['注意(很重要)', 'style-mistake', /“注意\(很重要\)” 改为 “注意（很重要）”/],
    ['在 **设置** 里', 'style-suggestion', /全角内容之间不需要空格/],
    ['有效期， 流量', 'style-suggestion', /标点符号后不需要空格/],
    ['文件扩展名是 .mdx', 'style-suggestion', /标点符号需要使用全角/],
  ])('%s is %s: %s', (text, rule, message) => {
    expect(proseProblems(text, 1)).toEqual([{ line: 1, rule, message: expect.stringMatching(message) }]);
  });

  test('each finding carries the line of the file it is on', () => {
    const problems = proseProblems('第一行没问题。\n第二行有问题,对吧。\n第三行也有App问题。', 20);
    expect(problems.map(({ line, rule }) => [line, rule])).toEqual([
      [21, 'style-mistake'],
      [22, 'style-mistake'],
    ]);
  });
});

test.each([
  ['请您在到期前续费。', [3]],
  ['请你在到期前续费。', []],
  ['第一行。\n您好。', [4]],
])('addressProblems(%j) warns at lines %j', (text, lines) => {
  const problems = addressProblems(text, 3);
  expect(problems.map((problem) => problem.line)).toEqual(lines);
  for (const problem of problems)
    expect(problem).toMatchObject({ rule: 'formal-you', message: expect.stringContaining('把“您”改成“你”') });
});
