import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { formatChineseDate, parseIsoDate } from '../../src/lib/dates/calendar-date.ts';
import { traditionalPathOf } from '../support/built-site.ts';
import { contentArticles } from '../support/content.ts';
import { builtPages } from '../support/dist.ts';

// Issue 24: an article's 参考资料 is rendered from its frontmatter, in both editions, outside the search index.
const pages = new Map(builtPages().map((page) => [page.path, page.document]));
const articles = contentArticles()
  .filter(({ published }) => published)
  .map(({ id, frontmatter }) => ({ id, sources: articleSchema.parse(frontmatter).sources }));

/** The list under an article's 参考资料 (參考資料 in the Traditional edition), or null when it has none. */
function referenceList(document: Document): Element | null {
  const heading = [...document.querySelectorAll('article h2')].find((element) =>
    ['参考资料', '參考資料'].includes(element.textContent!.trim()),
  );
  return heading?.nextElementSibling ?? null;
}

test('the articles that state facts are there to check', () => {
  expect(articles.filter(({ sources }) => sources.length > 0).map(({ id }) => id)).toEqual(
    expect.arrayContaining([
      'card-payment',
      'data-running-out',
      'precautions',
      'what-is-esim',
      'renewal-steps',
      'faq',
      'worked-example',
    ]),
  );
});

describe.each(articles)('/$id/', ({ id, sources }) => {
  test.each([`/${id}/`, traditionalPathOf(`/${id}/`)])('%s lists exactly its sources, left out of search', (path) => {
    const list = referenceList(pages.get(path)!);
    if (sources.length === 0) {
      expect(list).toBeNull();
      return;
    }
    expect(list?.tagName).toBe('OL');
    const links = [...list!.querySelectorAll(':scope > li > a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(sources.map((source) => source.url));
    expect(list!.closest('[data-pagefind-ignore]')).not.toBeNull();
    expect(list!.previousElementSibling!.closest('[data-pagefind-ignore]')).not.toBeNull();
  });

  test('each source says the day it was read, whether from a stored copy, and its language if not Chinese or English', () => {
    const items = [...(referenceList(pages.get(`/${id}/`)!)?.querySelectorAll(':scope > li') ?? [])];
    expect(items).toHaveLength(sources.length);
    sources.forEach((source, index) => {
      const text = items[index]!.textContent!.replace(/\s+/g, '');
      expect(items[index]!.querySelector('time')?.getAttribute('datetime')).toBe(source.pageDate ?? source.checked);
      expect(text).toContain(`读取于${formatChineseDate(parseIsoDate(source.checked)!).replace(/\s+/g, '')}`);
      expect(text.includes('读的是页面存档')).toBe(source.archived);
      if (source.language) expect(text).toContain(`（${source.language}）`);
    });
  });

  test('its titles are the frontmatter’s', () => {
    const list = referenceList(pages.get(`/${id}/`)!);
    const titles = [...(list?.querySelectorAll(':scope > li > a') ?? [])].map((link) => link.firstChild!.textContent);
    expect(titles).toEqual(sources.map((source) => source.title));
  });
});
