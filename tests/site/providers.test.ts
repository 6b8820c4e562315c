import { describe, expect, test } from 'vitest';
import { formatChineseDate, parseIsoDate } from '../../src/lib/dates/calendar-date.ts';
import { providerPath } from '../../src/lib/providers/providers.ts';
import { unknownFact } from '../../src/lib/providers/schema.ts';
import { siteConfig } from '../../src/site.config.ts';
import { traditionalPathOf } from '../support/built-site.ts';
import { contentProviders } from '../support/content.ts';
import { builtPages } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const pages = new Map(builtPages().map((page) => [page.path, page.document]));
const providers = contentProviders();
const inSitemap = new Set(sitemapPaths());
const chineseDate = (iso: string) => formatChineseDate(parseIsoDate(iso)!);
const linksOf = (document: Document) =>
  [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));

test('there are pages for at least twelve sellers and operators and the platform shops', () => {
  expect(providers.filter(({ data }) => data.kind !== '购物平台').length).toBeGreaterThanOrEqual(12);
  expect(providers.some(({ data }) => data.kind === '购物平台')).toBe(true);
});

describe.each(providers)('/providers/$id/', ({ id, data }) => {
  const path = providerPath(id);
  const document = pages.get(path)!;

  test('is built in both editions and listed in the sitemap', () => {
    expect(document).toBeDefined();
    expect(pages.has(traditionalPathOf(path))).toBe(true);
    expect(inSitemap.has(path)).toBe(true);
    expect(inSitemap.has(traditionalPathOf(path))).toBe(true);
  });

  test('says how to renew with it by name, and on which day its facts were put together, above the steps', () => {
    expect(document.querySelector('h1')?.textContent).toBe(`怎样给 ${data.name} 续费`);
    const header = document.querySelector('article header')!;
    expect(header.textContent).toContain(`资料整理于 ${chineseDate(data.verified)}`);
    expect(header.textContent).not.toContain('核实于');
    expect(header.querySelector('time')?.getAttribute('datetime')).toBe(data.verified);
  });

  test('shows its renewal path as numbered steps, which its HowTo data repeats', () => {
    const steps = [...document.querySelectorAll('.steps > ol > li > h3')].map((heading) => heading.textContent);
    expect(steps).toEqual(data.steps.map((step) => step.title));
    const howTo = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!) as { '@type': string; step?: { name: string }[] })
      .find((block) => block['@type'] === 'HowTo');
    expect(howTo?.step?.map((step) => step.name) ?? []).toEqual(data.steps.map((step) => step.title));
  });

  test('lists every source with its address, kind, language, page date, and the day it was read and from what', () => {
    const items = [...document.querySelectorAll('#来源 + ol > li')];
    expect(items).toHaveLength(data.sources.length);
    data.sources.forEach((source, index) => {
      const item = items[index]!;
      const text = item.textContent!.replace(/\s+/g, '');
      expect(item.querySelector('a')?.getAttribute('href')).toBe(source.url);
      expect(text).toContain(source.official ? '官方来源' : '第三方来源');
      expect([...item.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(
        source.pageDate ? [source.pageDate, source.checked] : [source.checked],
      );
      if (source.pageDate) expect(text).toContain(`页面日期${chineseDate(source.pageDate).replace(/\s+/g, '')}`);
      expect(text).toContain(`读取于${chineseDate(source.checked).replace(/\s+/g, '')}`);
      expect(text.includes('读的是页面存档')).toBe(source.archived);
      if (source.language) expect(text).toContain(`（${source.language}）`);
      expect(text).not.toContain('核对于');
    });
  });

  test('says what happens to the data left on a plan, with its source', () => {
    const term = [...document.querySelectorAll('.provider-rules dt')].find(
      (dt) => dt.textContent === '剩下的流量会怎样',
    );
    const answer = term?.nextElementSibling;
    expect(answer?.textContent).toContain(data.leftover);
    const link = answer?.querySelector('a');
    if (data.leftover === unknownFact) expect(link).toBeNull();
    else expect(link?.getAttribute('href')).toBe(data.leftoverSource);
  });

  test('shows a fact no source gives as 没找到官方说明 — never 未公开 — and prints no backtick', () => {
    const unknownFacts = [
      data.renewable,
      data.joining,
      data.validityStarts,
      data.expiryClock,
      data.afterExpiry,
      data.leftover,
      data.checkUsage,
      data.payment,
      data.support,
    ].filter((value) => value === unknownFact);
    const shown = [...document.querySelectorAll('.fact-unknown')].map((fact) => fact.textContent);
    expect(shown).toEqual(unknownFacts.map(() => '没找到官方说明'));
    const article = document.querySelector('article')!.textContent!;
    expect(article).not.toContain('未公开');
    expect(article).not.toContain('`');
  });

  test('shows 没找到官方说明 in the Traditional edition too, converted', () => {
    const twin = pages.get(traditionalPathOf(path))!;
    const shown = [...twin.querySelectorAll('.fact-unknown')].map((fact) => fact.textContent);
    expect(shown.every((label) => label === '沒找到官方說明')).toBe(true);
    expect(twin.querySelector('article')!.textContent).not.toMatch(/未公開|未公开/);
  });
});

describe.each([siteConfig.providersPath, traditionalPathOf(siteConfig.providersPath)])(
  'the provider table %s',
  (path) => {
    const document = pages.get(path)!;

    test('has one row per provider, each linking its page in the same edition, with the day its facts were put together', () => {
      const rows = [...document.querySelectorAll('.provider-table tbody tr')];
      expect(rows).toHaveLength(providers.length);
      const inEdition = (target: string) => (path === siteConfig.providersPath ? target : traditionalPathOf(target));
      expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href')).sort()).toEqual(
        providers.map(({ id }) => inEdition(providerPath(id))).sort(),
      );
      for (const row of rows) {
        const provider = providers.find(({ id }) =>
          row.querySelector('th a')!.getAttribute('href')!.endsWith(providerPath(id)),
        )!;
        expect(row.querySelector('time')?.getAttribute('datetime')).toBe(provider.data.verified);
      }
      expect(document.querySelector('main')!.textContent).not.toMatch(/未公开|未公開|核实|核實/);
      expect(document.querySelectorAll('.provider-table .fact-unknown').length).toBeGreaterThan(0);
    });
  },
);

test('the finder links every provider page, and the home page links the finder', () => {
  const finder = pages.get(siteConfig.providerFinderPath)!;
  expect(linksOf(finder)).toEqual(expect.arrayContaining(providers.map(({ id }) => providerPath(id))));
  expect(linksOf(pages.get('/')!)).toContain(siteConfig.providerFinderPath);
});

// The browser walks this path for one seller (tests/e2e/provider-finder.spec.ts): 找到你的续费入口 on the home
// page, one answer of the finder opened, the seller. Every other seller is reached the same way.
test('every provider is three choices from the home page: the finder link, one answer opened, the provider', () => {
  const finderLink = [...pages.get('/')!.querySelectorAll('main a')].find(
    (link) => link.textContent?.trim() === '找到你的续费入口',
  );
  expect(finderLink?.getAttribute('href')).toBe(siteConfig.providerFinderPath);
  const finder = pages.get(siteConfig.providerFinderPath)!;
  const unreachable = providers
    .map(({ id }) => providerPath(id))
    .filter((path) => {
      const link = finder.querySelector(`main a[href="${path}"]`);
      const answer = link?.closest('details');
      // Closed, opened by its own summary, and not inside another answer (a fourth choice).
      return (
        !answer ||
        answer.hasAttribute('open') ||
        answer.querySelector(':scope > summary') === null ||
        answer.parentElement!.closest('details') !== null
      );
    });
  expect(unreachable).toEqual([]);
});
