import { describe, expect, test } from 'vitest';
import { ISO_DATE } from '../../src/lib/dates/calendar-date.ts';
import { externalLinkCue } from '../../src/lib/articles/external-links.ts';
import { readerAidClass } from '../../src/lib/providers/providers.ts';
import { builtPages } from '../support/dist.ts';
import { canonicalPathOf, editionHomeOf, isArticlePage, shareImagePathOf, siteUrl } from '../support/built-site.ts';
import { textsOf } from '../support/html.ts';

type Block = Record<string, unknown> & { '@type': string };

const QUESTION = /[？?]$/;

const pages = builtPages().map((page) => {
  const blocks = [...page.document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Block,
  );
  const ofType = (type: string) => blocks.filter((block) => block['@type'] === type);
  return { ...page, blocks, ofType };
});
const articlePages = pages.filter((page) => isArticlePage(page.document));

test('the site has article pages to check', () => {
  expect(articlePages.length).toBeGreaterThan(0);
});

describe.each(pages)('$path', ({ path, document, blocks, ofType }) => {
  test('every JSON-LD block is schema.org data of a known type', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block['@context']).toBe('https://schema.org');
      expect(['BreadcrumbList', 'Article', 'HowTo', 'FAQPage']).toContain(block['@type']);
    }
  });

  test('one BreadcrumbList from the home page to this page, numbered 1…n, matching the visible breadcrumbs', () => {
    const [breadcrumbs, ...others] = ofType('BreadcrumbList');
    expect(others).toEqual([]);
    const items = breadcrumbs!['itemListElement'] as {
      '@type': string;
      position: number;
      name: string;
      item: string;
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((item) => item['@type'])).toEqual(items.map(() => 'ListItem'));
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    for (const item of items) expect(item.name.trim()).not.toBe('');
    expect(items[0]!.item).toBe(siteUrl(editionHomeOf(path)));
    expect(items.at(-1)!.item).toBe(siteUrl(canonicalPathOf(path)));
    // The breadcrumbs open the main content (their label is converted on Traditional pages).
    const visible = textsOf(document, 'main > nav:first-child li').map((text) => text.replace(/^›\s*/, ''));
    if (visible.length > 0) expect(items.map((item) => item.name)).toEqual(visible);
  });
});

describe.each(articlePages)('article $path', ({ path, document, ofType }) => {
  // The page's text without what JSON-LD does not repeat: the hidden “（外部链接）” after each external link, and
  // a seller page's aids around its facts (a code's dial button, a term's meaning).
  const article = document.querySelector('article')!.cloneNode(true) as Element;
  for (const aid of article.querySelectorAll(`.${externalLinkCue.textClass}, .${readerAidClass}`)) aid.remove();
  const pageText = (article.textContent ?? '').replace(/\s+/g, '');
  /** Each line of a JSON-LD text is text the reader sees on the page (23:59 stays 23:59, nothing is lost). */
  const expectShownOnPage = (text: string) => {
    for (const line of text.split('\n')) expect(pageText, line).toContain(line.replace(/\s+/g, ''));
  };
  const h1 = textsOf(document, 'h1')[0];
  // The site name in the page's own script, as its header shows it.
  const siteName = textsOf(document, 'header a')[0];
  const headerDates = [...document.querySelectorAll('article header time')].map((time) =>
    time.getAttribute('datetime'),
  );

  test('has one Article with headline, description, dates and language taken from the page', () => {
    const [article, ...others] = ofType('Article');
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      headline: h1,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      inLanguage: document.documentElement.getAttribute('lang'),
      mainEntityOfPage: { '@id': siteUrl(path) },
      author: { name: siteName },
      publisher: { name: siteName },
    });
    expect(String(article!['headline']).length).toBeLessThanOrEqual(110);
    expect(article!['datePublished']).toMatch(ISO_DATE);
    expect(article!['dateModified']).toMatch(ISO_DATE);
    expect(headerDates[0]).toBe(article!['dateModified']);
    expect(headerDates.at(-1)).toBe(article!['datePublished']);
    expect(article!['image']).toEqual([siteUrl(shareImagePathOf(path))]);
  });

  const stepItems = [...document.querySelectorAll('.steps > ol > li')];
  test(`has a HowTo exactly when it shows steps (${stepItems.length} here), one HowToStep per step`, () => {
    const howTos = ofType('HowTo');
    if (stepItems.length === 0) {
      expect(howTos).toEqual([]);
      return;
    }
    expect(howTos).toHaveLength(1);
    const howTo = howTos[0]!;
    expect(howTo['name']).toBe(h1);
    const steps = howTo['step'] as { '@type': string; position: number; name: string; text: string; url?: string }[];
    expect(steps.map((step) => step.name)).toEqual(
      stepItems.map((item) => item.querySelector('h3')?.textContent?.trim()),
    );
    expect(steps.map((step) => step.position)).toEqual(steps.map((_, index) => index + 1));
    for (const step of steps) {
      expect(step['@type']).toBe('HowToStep');
      expect(step.text.trim()).not.toBe('');
      expectShownOnPage(step.text);
      const anchor = decodeURIComponent(new URL(step.url!).hash.slice(1));
      expect(document.getElementById(anchor)?.textContent?.trim()).toBe(step.name);
    }
  });

  const sectionHeadings = textsOf(document, '.article-body > h2');
  const isFaq = sectionHeadings.length >= 2 && sectionHeadings.every((heading) => QUESTION.test(heading));
  test(`has an FAQPage exactly when every section is a question (${isFaq ? 'yes' : 'no'} here)`, () => {
    const faqs = ofType('FAQPage');
    if (!isFaq) {
      expect(faqs).toEqual([]);
      return;
    }
    expect(faqs).toHaveLength(1);
    const questions = faqs[0]!['mainEntity'] as {
      '@type': string;
      name: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
    expect(questions.map((question) => question.name)).toEqual(sectionHeadings);
    for (const question of questions) {
      expect(question['@type']).toBe('Question');
      expect(question.acceptedAnswer['@type']).toBe('Answer');
      expect(question.acceptedAnswer.text.trim()).not.toBe('');
      expectShownOnPage(question.acceptedAnswer.text);
    }
  });
});
