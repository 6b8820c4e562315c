import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Callout from '../../src/components/Callout.astro';
import Steps from '../../src/components/Steps.astro';
import ArticleLayout from '../../src/layouts/ArticleLayout.astro';
import type { Article } from '../../src/data/articles.ts';
import { parseDocument, textsOf } from '../support/html.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Steps', () => {
  test('renders the ordered list it is given, each step a heading with an id', async () => {
    const html = await container.renderToString(Steps, {
      slots: {
        default:
          '<ol><li><h3 id="check">确认有效期</h3><p>A</p></li><li><h3 id="choose">选择方案</h3></li><li><h3 id="pay">付款</h3></li></ol>',
      },
    });
    const steps = parseDocument(html).querySelectorAll('.steps > ol > li');
    expect(steps).toHaveLength(3);
    expect([...steps].map((step) => step.firstElementChild?.id)).toEqual(['check', 'choose', 'pay']);
    expect([...steps].map((step) => step.firstElementChild?.tagName)).toEqual(['H3', 'H3', 'H3']);
  });

  test('refuses anything but one ordered list, saying what to write instead', async () => {
    await expect(container.renderToString(Steps, { slots: { default: '<p>先确认有效期</p>' } })).rejects.toThrow(
      /有序列表/,
    );
  });
});

describe('Callout', () => {
  test.each([
    ['tip', '提示'],
    ['note', '说明'],
    ['caution', '注意'],
  ])('the %s variant shows its default title %s and the body', async (type, title) => {
    const html = await container.renderToString(Callout, { props: { type }, slots: { default: '<p>正文内容</p>' } });
    const callout = parseDocument(html).querySelector('[role="note"]');
    expect(callout?.getAttribute('data-callout')).toBe(type);
    expect(callout?.classList.contains(`callout-${type}`)).toBe(true);
    expect(textsOf(callout!, '.callout-title')).toEqual([title]);
    expect(textsOf(callout!, '.callout-body p')).toEqual(['正文内容']);
  });

  test('a given title replaces the default one', async () => {
    const html = await container.renderToString(Callout, { props: { type: 'caution', title: '别找代充' } });
    expect(textsOf(parseDocument(html), '.callout-title')).toEqual(['别找代充']);
  });
});

describe('ArticleLayout', () => {
  const article = {
    id: 'sample',
    collection: 'articles',
    data: {
      title: '示例文章',
      description: '这是一篇用来测试文章布局的示例文章，摘要写得足够长。',
      pubDate: '2026-11-01',
      updated: '2026-11-25',
      order: 1,
      tags: [],
      draft: false,
    },
  } as unknown as Article;

  test('renders the title, the Chinese update date and a table of contents of h2/h3', async () => {
    const html = await container.renderToString(ArticleLayout, {
      locals: { edition: 'zh-Hans' },
      props: {
        article,
        headings: [
          { depth: 2, slug: 'first', text: '第一节' },
          { depth: 3, slug: 'first-detail', text: '细节' },
          { depth: 2, slug: 'second', text: '第二节' },
        ],
      },
      slots: { default: '<h2 id="first">第一节</h2>' },
    });
    const document = parseDocument(html);
    expect(textsOf(document, 'h1')).toEqual(['示例文章']);
    const dates = [...document.querySelectorAll('article header time')].map((time) => [
      time.getAttribute('datetime'),
      time.textContent,
    ]);
    expect(dates).toEqual([
      ['2026-11-25', '2026年11月25日'],
      ['2026-11-01', '2026年11月1日'],
    ]);
    const toc = document.querySelector('nav[aria-labelledby="toc-heading"]');
    expect([...toc!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#first',
      '#first-detail',
      '#second',
    ]);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
  });
});
