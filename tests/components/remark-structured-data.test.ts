// The plugin runs inside Astro's real MDX pipeline here: importing an .mdx file compiles it with the
// remark plugins of astro.config.mjs, and `frontmatter` is what `render()` returns as remarkPluginFrontmatter.
import { expect, test } from 'vitest';
import type { StructuredDataFrontmatter } from '../../src/lib/seo/structured-data.ts';

const collected = async (name: string) =>
  ((await import(`./fixtures/${name}.mdx`)) as { frontmatter: StructuredDataFrontmatter & { title: string } })
    .frontmatter;

test('keeps the article’s own frontmatter', async () => {
  expect((await collected('steps')).title).toBe('步骤示例');
});

test('collects every <Steps> item that opens with a heading: the heading is the name, the first block under it the text', async () => {
  expect((await collected('steps')).howToSteps).toEqual([
    { name: '确认 有效期', text: '在 App 里查看。' },
    { name: '选择方案', text: '' },
    { name: '等待生效', text: '通常几分钟。' },
  ]);
});

test('an FAQ: every ## section is a question; its answer is everything up to the next ##, text of components and clock times included', async () => {
  expect((await collected('faq')).faqQuestions).toEqual([
    { question: '能在原来的 eSIM 上续费吗？', answer: '可以，不需要重新扫描二维码。\n先连上 Wi-Fi。' },
    {
      question: '过期了还能充值吗?',
      answer: '通常可以。\n细节\n要在商家回收之前：北京时间 23:59 到期，在巴库是 19:59。',
    },
  ]);
});

test.each([
  ['a section that is not a question', 'not-faq'],
  ['a single question', 'one-question'],
  ['a question without an answer', 'unanswered'],
  ['a steps article', 'steps'],
])('no FAQ with %s', async (_, name) => {
  expect((await collected(name)).faqQuestions).toEqual([]);
});

test('an article without <Steps> has no steps', async () => {
  expect((await collected('faq')).howToSteps).toEqual([]);
});
