import { describe, expect, test } from 'vitest';
import {
  articleData,
  articlePageData,
  breadcrumbList,
  faqPageData,
  howToData,
  serializeJsonLd,
  trailFromCrumbs,
  type ArticlePage,
} from '../../../src/lib/seo/structured-data.ts';

const page: ArticlePage = {
  url: 'https://example.org/renewal-steps/',
  title: '续费的四个步骤',
  description: '用四个步骤在到期前给 eSIM 续费。',
  datePublished: '2026-11-20',
  dateModified: '2026-11-25',
  inLanguage: 'zh-Hans',
  image: 'https://example.org/og-default.png',
  publisher: { name: '示例指南', url: 'https://example.org' },
};

describe('trailFromCrumbs', () => {
  test.each([
    ['the home page alone', [{ label: '首页' }], 'https://example.org/', [['首页', 'https://example.org/']]],
    [
      'an article',
      [{ label: '首页', href: '/' }, { label: '常见问题' }],
      'https://example.org/faq/',
      [
        ['首页', 'https://example.org/'],
        ['常见问题', 'https://example.org/faq/'],
      ],
    ],
  ])('%s: links resolve against the site, the last crumb is the page itself', (_, crumbs, pageUrl, expected) => {
    expect(trailFromCrumbs(crumbs, pageUrl).map(({ name, url }) => [name, url])).toEqual(expected);
  });
});

test('breadcrumbList numbers the trail from 1', () => {
  expect(
    breadcrumbList([
      { name: '首页', url: 'https://example.org/' },
      { name: '搜索', url: 'https://example.org/search/' },
    ]),
  ).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: '搜索', item: 'https://example.org/search/' },
    ],
  });
});

test('articleData carries headline, dates, language, image and publisher', () => {
  expect(articleData(page)).toMatchObject({
    '@type': 'Article',
    headline: '续费的四个步骤',
    datePublished: '2026-11-20',
    dateModified: '2026-11-25',
    inLanguage: 'zh-Hans',
    image: ['https://example.org/og-default.png'],
    mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/renewal-steps/' },
    publisher: { '@type': 'Organization', name: '示例指南' },
  });
});

describe('howToData', () => {
  const headings = [
    { depth: 2, slug: 'intro', text: '开始之前' },
    { depth: 3, slug: '确认有效期', text: '确认有效期' },
  ];

  test.each([
    [
      'a step whose heading exists links to it (the anchor as text)',
      { name: '确认有效期', text: '在 App 里查看。' },
      { url: 'https://example.org/renewal-steps/#确认有效期', text: '在 App 里查看。' },
    ],
    ['a step without a matching heading has no url', { name: '付款', text: '走官方渠道。' }, { text: '走官方渠道。' }],
    ['a step with only a heading uses it as its text', { name: '付款', text: '' }, { text: '付款' }],
  ])('%s', (_, step, expected) => {
    const [built] = howToData(page, [step], headings)['step'] as Record<string, unknown>[];
    expect(built).toEqual({ '@type': 'HowToStep', position: 1, name: step.name, ...expected });
  });

  test('numbers the steps in order and names the HowTo after the article', () => {
    const howTo = howToData(
      page,
      [
        { name: 'A', text: 'a' },
        { name: 'B', text: 'b' },
      ],
      [],
    );
    expect(howTo['name']).toBe('续费的四个步骤');
    expect((howTo['step'] as { position: number }[]).map((step) => step.position)).toEqual([1, 2]);
  });
});

test('faqPageData pairs each question with its accepted answer', () => {
  expect(faqPageData(page, [{ question: '能续费吗？', answer: '可以。' }])['mainEntity']).toEqual([
    { '@type': 'Question', name: '能续费吗？', acceptedAnswer: { '@type': 'Answer', text: '可以。' } },
  ]);
});

describe('articlePageData', () => {
  const step = { name: '确认有效期', text: '查看。' };
  const question = { question: '能续费吗？', answer: '可以。' };
  test.each([
    ['a plain article', [], [], ['Article']],
    ['an article with steps', [step], [], ['Article', 'HowTo']],
    ['an FAQ', [], [question], ['Article', 'FAQPage']],
  ])('%s gets %j', (_, howToSteps, faqQuestions, types) => {
    expect(articlePageData(page, { howToSteps, faqQuestions }, []).map((block) => block['@type'])).toEqual(types);
  });
});

describe('serializeJsonLd', () => {
  test.each([['</script><script>alert(1)</script>'], ['<!-- 注释 -->']])(
    'escapes %s so it cannot end the script element, and still parses back',
    (text) => {
      const json = serializeJsonLd({ '@context': 'https://schema.org', '@type': 'Thing', name: text });
      expect(json).not.toContain('<');
      expect(JSON.parse(json).name).toBe(text);
    },
  );
});
