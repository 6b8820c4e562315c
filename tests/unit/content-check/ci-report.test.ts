import { expect, test } from 'vitest';
import { annotation, jobSummary } from '../../../src/lib/content-check/ci-report.ts';
import { problemOf } from '../../../src/lib/content-check/lint.ts';

const handle = problemOf('content/a,b.mdx', 8, 'contact-handle', '不能写账号：100% 删掉\n第二行');
const future = problemOf('content/c.mdx', 5, 'future-date', 'updated 是 2099-01-15');
const link = problemOf('content/c.mdx', 12, 'link-internal', '站内链接 /a|b/ 指向的页面不存在');

test('an annotation is a workflow command on the problem’s file and line, escaped', () => {
  expect(annotation(handle)).toBe(
    '::error file=content/a%2Cb.mdx,line=8,title=内容检查：链接（contact-handle）::不能写账号：100%25 删掉%0A第二行',
  );
  expect(annotation(future)).toBe(
    '::warning file=content/c.mdx,line=5,title=内容检查：frontmatter（future-date）::updated 是 2099-01-15',
  );
});

test('the job summary counts errors and warnings and lists errors first, one table row each', () => {
  const summary = jobSummary({
    problems: [future, link],
    counted: '2 篇文章、0 个商家页面',
    lineUrl: (file, line) => `https://example.org/${file}#L${line}`,
  });
  const lines = summary.split('\n');
  expect(lines[0]).toBe('## 内容检查：1 个错误、1 个警告');
  expect(summary).toContain('2 篇文章、0 个商家页面。**错误必须改完才能合并**');
  const rows = lines.filter((line) => /^\| (错误|警告) /.test(line));
  expect(rows).toEqual([
    '| 错误 | [content/c.mdx:12](https://example.org/content/c.mdx#L12) | 链接（`link-internal`） | 站内链接 /a\\|b/ 指向的页面不存在 |',
    '| 警告 | [content/c.mdx:5](https://example.org/content/c.mdx#L5) | frontmatter（`future-date`） | updated 是 2099-01-15 |',
  ]);
});

test('the job summary of a clean run, and of one with warnings only, says it passed', () => {
  expect(jobSummary({ problems: [], counted: '7 篇文章、13 个商家页面' })).toBe(
    '## 内容检查通过\n\n7 篇文章、13 个商家页面，没有错误，也没有警告。\n',
  );
  const warned = jobSummary({ problems: [future], counted: '1 篇文章、0 个商家页面' });
  expect(warned).toMatch(/^## 内容检查通过，有 1 个警告\n/);
  expect(warned).toContain('| 警告 | `content/c.mdx:5` |');
});
