import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, test } from 'vitest';
import { calloutTitles } from '../../../src/lib/articles/callout.ts';
import { editionOnlyAttribute, withoutTraditionalNotes } from '../../../src/lib/editions/edition-notes.ts';
import { markdownPlugins } from '../../../src/markdown/index.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { parseDocument, textsOf } from '../../support/html.ts';

// Astro's own Markdown processor with the site's plugins: what a `.md` article goes through.
let processor: MarkdownRenderer;
beforeAll(async () => {
  processor = await createMarkdownProcessor({ ...markdownPlugins(siteConfig.url), syntaxHighlight: false });
});

async function render(markdown: string) {
  const { code, metadata } = await processor.render(markdown, { fileURL: new URL('file:///content/sample.md') });
  return { document: parseDocument(code), headings: metadata.headings };
}

describe(':::hant-only, a note for the Traditional edition only', () => {
  test('renders as a note in an aside marked for the Traditional edition, titled for its readers unless labelled', async () => {
    const { document } = await render(
      '正文\n\n:::hant-only\n在台湾买的 iPhone 有 eSIM。\n:::\n\n:::hant-only[用台湾发行的卡付款]\n- 一条\n:::',
    );
    const notes = [...document.querySelectorAll(`[${editionOnlyAttribute.name}="${editionOnlyAttribute.value}"]`)];
    expect(notes.map((note) => note.tagName)).toEqual(['ASIDE', 'ASIDE']);
    expect(notes.map((note) => note.getAttribute('role'))).toEqual(['note', 'note']);
    expect(textsOf(document, '.callout-title')).toEqual(['给台湾和香港读者', '用台湾发行的卡付款']);
    expect(textsOf(document, '.callout-body li')).toEqual(['一条']);
  });

  test('is gone from the page as the Simplified edition ships it, and nothing else is', async () => {
    const { code } = await processor.render(
      '前文\n\n:::hant-only\n只给繁体版。\n:::\n\n:::tip\n两版都有。\n:::\n\n后文',
      {
        fileURL: new URL('file:///content/sample.md'),
      },
    );
    const document = parseDocument(withoutTraditionalNotes(code));
    expect(textsOf(document, 'p')).toEqual(['前文', '提示', '两版都有。', '后文']);
  });

  test('is left out of the structured data both editions share', async () => {
    const markdown = '## 能续费吗？\n\n可以。\n\n:::hant-only\n只给繁体版。\n:::\n\n## 过期了呢？\n\n不能。';
    const { metadata } = await processor.render(markdown, { fileURL: new URL('file:///content/sample.md') });
    expect(metadata.frontmatter['faqQuestions']).toEqual([
      { question: '能续费吗？', answer: '可以。' },
      { question: '过期了呢？', answer: '不能。' },
    ]);
  });

  test.each([
    ['a heading', '## 小标题\n正文', '里不能有小标题'],
    ['another such note', '::::hant-only\n:::hant-only\n里面\n:::\n::::', '里不能再放'],
  ])('holding %s fails with a Chinese message naming the line', async (_, body, message) => {
    const markdown = body.startsWith('::::') ? `正文\n\n${body}` : `正文\n\n:::hant-only\n${body}\n:::`;
    await expect(render(markdown)).rejects.toThrow(new RegExp(`第 3 行：:::hant-only ${message}`));
  });
});

describe(':::tip, :::note and :::caution', () => {
  test.each([
    ['tip', '提示'],
    ['note', '说明'],
    ['caution', '注意'],
  ])(':::%s renders the callout markup with the title %s', async (type, title) => {
    const { document } = await render(`:::${type}\n正文内容\n:::`);
    const callout = document.querySelector('[role="note"]')!;
    expect(callout.tagName).toBe('DIV');
    expect([...callout.classList]).toEqual(['callout', `callout-${type}`]);
    expect(callout.getAttribute('data-callout')).toBe(type);
    expect([...callout.children].map((child) => `${child.tagName}.${child.className}`)).toEqual([
      'P.callout-title',
      'DIV.callout-body',
    ]);
    expect(textsOf(callout, '.callout-title')).toEqual([title]);
    expect(textsOf(callout, '.callout-body > p')).toEqual(['正文内容']);
  });

  test('a label becomes the title and Markdown inside still renders', async () => {
    const { document } = await render(':::caution[别找代充]\n只在**官方渠道**付款。\n\n- 第一条\n:::');
    expect(textsOf(document, '.callout-title')).toEqual(['别找代充']);
    expect(textsOf(document, '.callout-body strong')).toEqual(['官方渠道']);
    expect(textsOf(document, '.callout-body li')).toEqual(['第一条']);
  });

  test('an unknown kind fails with a Chinese message that names the line and the kinds to use', async () => {
    await expect(render('正文\n\n:::warning\n小心\n:::')).rejects.toThrow(
      /sample\.md.*第 3 行：未知的提示框类型 :::warning：只能用 :::tip、:::note、:::caution/s,
    );
  });

  test('text that only looks like a directive is kept as typed', async () => {
    const { document } = await render('时间 10:30，网址:example 和 :abbr[缩写]{title=x}。\n\n::leaf[标签]');
    expect(textsOf(document, 'p')).toEqual(['时间 10:30，网址:example 和 :abbr[缩写]。', '::leaf[标签]']);
  });

  test('the directive titles are the ones the Callout component uses', () => {
    expect(Object.keys(calloutTitles)).toEqual(['tip', 'note', 'caution']);
  });
});

describe('Chinese emphasis and headings', () => {
  test.each([
    ['**注意：**正文', '注意：'],
    ['请**务必**提前续费', '务必'],
    ['**“官方渠道”**才安全', '“官方渠道”'],
  ])('%s renders bold', async (markdown, bold) => {
    const { document } = await render(markdown);
    expect(textsOf(document, 'strong')).toEqual([bold]);
  });

  test('Chinese headings get stable ids made from their own text', async () => {
    const markdown = '## 什么是 eSIM？\n\n## 续费前：确认有效期\n\n## 常见问题\n\n## 常见问题';
    const first = await render(markdown);
    const again = await render(markdown);
    const ids = [...first.document.querySelectorAll('h2')].map((heading) => heading.id);
    expect(ids).toEqual(['什么是-esim', '续费前确认有效期', '常见问题', '常见问题-1']);
    expect([...again.document.querySelectorAll('h2')].map((heading) => heading.id)).toEqual(ids);
    expect(first.headings.map((heading) => heading.slug)).toEqual(ids);
  });
});

describe('Chinese lines joined', () => {
  test.each([
    ['第一行\n第二行', '第一行第二行'],
    ['句子结束。\n下一句', '句子结束。下一句'],
    ['见**粗体**\n继续', '见粗体继续'],
    ['继续\n**粗体**', '继续粗体'],
    ['这是[链接](/faq/)\n继续', '这是链接继续'],
    ['**甲**\n**乙**', '甲乙'],
    ['输入 `*100#`\n查看', '输入 *100#\n查看'],
    ['用 eSIM\n续费', '用 eSIM\n续费'],
    ['续费\neSIM', '续费\neSIM'],
    ['第一行  \n硬换行', '第一行\n硬换行'],
  ])('%j renders as %j', async (markdown, text) => {
    const { document } = await render(markdown);
    expect(document.querySelector('p')?.textContent).toBe(text);
  });
});

describe('external links', () => {
  test('get rel="noopener noreferrer", the ↗ class and a hidden spoken cue', async () => {
    const { document } = await render('看 [Azercell 官网](https://www.azercell.com/az/) 的说明。');
    const link = document.querySelector('a')!;
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.classList.contains('external-link')).toBe(true);
    expect(link.textContent).toBe('Azercell 官网（外部链接）');
    expect(textsOf(link, '.external-link-cue')).toEqual(['（外部链接）']);
  });

  test.each(['/faq/', '#常见问题', `${siteConfig.url}/faq/`, 'mailto:help@example.org'])(
    '%s is not marked external',
    async (href) => {
      const { document } = await render(`[链接](${href})`);
      const link = document.querySelector('a')!;
      expect(link.hasAttribute('rel')).toBe(false);
      expect(link.textContent).toBe('链接');
    },
  );
});
