import { describe, expect, test } from 'vitest';
import { formatChineseDate, parseIsoDate } from '../../src/lib/dates/calendar-date.ts';
import { hasPublicRules, providerPath, providerTitle, questionsForSupport } from '../../src/lib/providers/providers.ts';
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

test('the sellers without public rules today get the short form, and no other', () => {
  const short = providers.filter(({ data }) => !hasPublicRules(data)).map(({ id }) => id);
  expect(short.sort()).toEqual(['kkday', 'klook', 'saily']);
});

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

  test('says how to renew with it by name, and when its facts were verified, above the steps', () => {
    expect(document.querySelector('h1')?.textContent).toBe(providerTitle(data.name));
    const header = document.querySelector('article header')!;
    expect(header.textContent).toContain(`核实于 ${chineseDate(data.verified)}`);
    expect(header.querySelector('time')?.getAttribute('datetime')).toBe(data.verified);
  });

  // The browser test of the seller-page template (tests/e2e/provider-finder.spec.ts) sees the header's button
  // on a 390 × 664 screen; here every page has it there, leading to an official source or to its support.
  test.each([path, traditionalPathOf(path)])(
    '%s has one renewal button in its header, to an official place',
    (page) => {
      const built = pages.get(page)!;
      const buttons = built.querySelectorAll('[data-renew-link]');
      expect(buttons).toHaveLength(1);
      const button = buttons[0]!;
      expect(button.closest('article header')).not.toBeNull();
      const href = button.getAttribute('href')!;
      if (data.renewLink) {
        expect(href).toBe(data.renewLink.url);
        expect(data.sources.filter((source) => source.official).map((source) => source.url)).toContain(href);
        expect(button.getAttribute('rel')).toBe('noopener noreferrer');
      } else if (!href.startsWith('tel:')) {
        // No official place is known: the button leads to how to reach support, on the page itself.
        expect(href).toMatch(/^#/);
        const target = built.getElementById(decodeURIComponent(href.slice(1)));
        expect(target?.tagName).toBe('H2');
        expect(target?.textContent).toBe(page === path ? '联系客服' : '聯絡客服');
      }
    },
  );

  test('makes each dialable code a tel: link with # written %23, and explains the codes and YES first', () => {
    const links = [...document.querySelectorAll('article a[href^="tel:"]')];
    for (const link of links) {
      const href = link.getAttribute('href')!;
      expect(href).toMatch(/^tel:\*[0-9*]*(%23[0-9*]*)*%23$/);
      const code = link.previousElementSibling?.textContent ?? '';
      expect(`tel:${code.replace(/YES$/, '').replaceAll('#', '%23')}`).toBe(href);
    }
    const operator = data.kind === '当地运营商';
    expect(links.length > 0).toBe(operator);
    if (operator) {
      const explanation = [...document.querySelectorAll('.article-body p')].find((p) =>
        p.textContent?.includes('USSD'),
      );
      expect(explanation?.textContent).toContain('YES');
      // The explanation comes before the first code it explains.
      expect(explanation!.compareDocumentPosition(links[0]!) & 4).toBeTruthy();
    }
  });

  test('shows its renewal path as numbered steps, which its HowTo data repeats', () => {
    const steps = [...document.querySelectorAll('.steps > ol > li > h3')].map((heading) => heading.textContent);
    expect(steps).toEqual(data.steps.map((step) => step.title));
    const howTo = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!) as { '@type': string; step?: { name: string }[] })
      .find((block) => block['@type'] === 'HowTo');
    expect(howTo?.step?.map((step) => step.name) ?? []).toEqual(data.steps.map((step) => step.title));
  });

  test('lists every source with its address, kind and check date', () => {
    const items = [...document.querySelectorAll('#来源 + ol > li')];
    expect(items).toHaveLength(data.sources.length);
    data.sources.forEach((source, index) => {
      const item = items[index]!;
      expect(item.querySelector('a')?.getAttribute('href')).toBe(source.url);
      expect(item.textContent).toContain(source.official ? '官方来源' : '第三方来源');
      expect(item.querySelector('time')?.getAttribute('datetime')).toBe(source.checked);
    });
  });

  test('shows a fact no source gives as unknown, or as a question for support when most are, and prints no backtick', () => {
    const rules = [
      data.joining,
      data.validityStarts,
      data.expiryClock,
      data.afterExpiry,
      data.checkUsage,
      data.payment,
    ];
    const unknown = (values: unknown[]) => values.filter((value) => value === '未公开').length;
    const questions = [...document.querySelectorAll('#要问客服的问题 + p + ol > li')].map((item) => item.textContent);
    if (hasPublicRules(data)) {
      expect(document.querySelectorAll('.fact-unknown')).toHaveLength(
        unknown([...rules, data.renewable, data.support]),
      );
      expect(questions).toEqual([]);
      expect(document.querySelector('.provider-rules')).not.toBeNull();
    } else {
      // The short form: no table of unknowns, one question per fact no source gives, and the support facts.
      expect(document.querySelector('.provider-rules')).toBeNull();
      expect(questions).toEqual(questionsForSupport(data));
      expect(questions.length).toBeGreaterThan(rules.length / 2);
      expect(document.querySelectorAll('.fact-unknown')).toHaveLength(unknown([data.support]));
    }
    expect(document.querySelector('article')!.textContent).not.toContain('`');
  });
});

describe.each([siteConfig.providersPath, traditionalPathOf(siteConfig.providersPath)])(
  'the provider table %s',
  (path) => {
    const document = pages.get(path)!;

    test('has one row per provider, each linking its page in the same edition, with its verified date', () => {
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
