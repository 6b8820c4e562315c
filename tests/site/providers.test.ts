import { describe, expect, test } from 'vitest';
import { formatChineseDate, parseIsoDate } from '../../src/lib/dates/calendar-date.ts';
import { toTraditionalChinese } from '../../src/lib/editions/traditional-chinese.ts';
import { finderGroups } from '../../src/lib/providers/finder.ts';
import {
  hasPublicRules,
  providerPath,
  providersByKind,
  providerTitle,
  questionsForSupport,
  ruleQuestions,
} from '../../src/lib/providers/providers.ts';
import { unknownFact } from '../../src/lib/providers/schema.ts';
import { siteConfig } from '../../src/site.config.ts';
import { isTraditional, traditionalPathOf } from '../support/built-site.ts';
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

  test('says how to renew with it by name, and on which day its facts were put together, above the steps', () => {
    expect(document.querySelector('h1')?.textContent).toBe(providerTitle(data.name));
    const header = document.querySelector('article header')!;
    expect(header.textContent).toContain(`资料整理于 ${chineseDate(data.verified)}`);
    expect(header.textContent).not.toContain('核实于');
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

  const questions = () =>
    [...document.querySelectorAll('#要问客服的问题 + p + ol > li')].map((item) => item.textContent);

  test('says what happens to the data left on a plan, with its source, or asks support when no source says', () => {
    const term = '剩下的流量会怎样';
    // The rules list on a page with public rules; the list of what is known on the short form.
    const answer = hasPublicRules(data)
      ? [...document.querySelectorAll('.provider-rules dt')].find((dt) => dt.textContent === term)?.nextElementSibling
      : [...document.querySelectorAll('article li')].find(
          (item) => item.querySelector('strong')?.textContent === `${term}：`,
        );
    if (!hasPublicRules(data) && data.leftover === unknownFact) {
      expect(answer).toBeUndefined();
      expect(questions()).toContain(ruleQuestions.leftover);
      return;
    }
    expect(answer?.textContent).toContain(data.leftover);
    const link = answer?.querySelector('a');
    if (data.leftover === unknownFact) expect(link).toBeNull();
    else expect(link?.getAttribute('href')).toBe(data.leftoverSource);
  });

  test('shows a fact no source gives as 没找到官方说明 (never 未公开), or as a question for support when most are, and prints no backtick', () => {
    const rules = [
      data.joining,
      data.validityStarts,
      data.expiryClock,
      data.afterExpiry,
      data.leftover,
      data.checkUsage,
      data.payment,
    ];
    const unknown = (values: unknown[]) => values.filter((value) => value === unknownFact).length;
    const shown = [...document.querySelectorAll('.fact-unknown')].map((fact) => fact.textContent);
    expect(shown.every((label) => label === unknownFact)).toBe(true);
    if (hasPublicRules(data)) {
      expect(shown).toHaveLength(unknown([...rules, data.renewable, data.support]));
      expect(questions()).toEqual([]);
      expect(document.querySelector('.provider-rules')).not.toBeNull();
    } else {
      // The short form: no table of unknowns, one question per fact no source gives, and the support facts.
      expect(document.querySelector('.provider-rules')).toBeNull();
      expect(questions()).toEqual(questionsForSupport(data));
      expect(questions().length).toBeGreaterThan(rules.length / 2);
      expect(shown).toHaveLength(unknown([data.support]));
    }
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
    const inEdition = (target: string) => (path === siteConfig.providersPath ? target : traditionalPathOf(target));

    test('has one row per provider, each linking its page in the same edition, with the day its facts were put together', () => {
      const rows = [...document.querySelectorAll('.provider-table tbody tr[data-provider]')];
      expect(rows).toHaveLength(providers.length);
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

    test('groups its rows by kind, and lists every provider by kind above the table, each linking its page', () => {
      const groupsOf = (parts: Element[], heading: string, link: string) =>
        parts.map((part) => [
          part.querySelector(heading)!.textContent!.trim(),
          [...part.querySelectorAll(link)].map((anchor) => anchor.getAttribute('href')),
        ]);
      const expected = providersByKind(providers).map(({ kind, providers: ofKind }) => [
        path === siteConfig.providersPath ? kind : toTraditionalChinese(kind),
        ofKind.map(({ id }) => inEdition(providerPath(id))),
      ]);
      const table = [...document.querySelectorAll('.provider-table tbody')];
      expect(groupsOf(table, 'th[scope="rowgroup"]', 'tr[data-provider] th a')).toEqual(expected);
      const jumpList = [...document.querySelectorAll('main nav ul')].map((list) => list.parentElement!);
      expect(groupsOf(jumpList, 'h3', 'a')).toEqual(expected);
    });
  },
);

test('the finder links every provider page, and the home page links the finder', () => {
  const finder = pages.get(siteConfig.providerFinderPath)!;
  expect(linksOf(finder)).toEqual(expect.arrayContaining(providers.map(({ id }) => providerPath(id))));
  expect(linksOf(pages.get('/')!)).toContain(siteConfig.providerFinderPath);
});

// The browser walks this path for one seller (tests/e2e/provider-finder.spec.ts): an answer of the finder
// linked from the home page, which the browser opens on arrival because the link's target sits inside the
// closed <details> of that answer, then the seller. Every other seller is reached the same way.
describe.each(['/', traditionalPathOf('/')])('every provider is two taps from the home page %s', (home) => {
  const inEdition = (path: string) => (home === '/' ? path : traditionalPathOf(path));
  const finder = pages.get(inEdition(siteConfig.providerFinderPath))!;
  const answerLinks = [...pages.get(home)!.querySelectorAll('main a[href]')]
    .map((link) => link.getAttribute('href')!)
    .filter((href) => href.startsWith(`${inEdition(siteConfig.providerFinderPath)}#`));

  test('the home page links each answer of the finder', () => {
    expect(answerLinks.map((href) => href.split('#')[1])).toEqual(finderGroups.map(({ id }) => id));
  });

  test.each(providers.map(({ id }) => providerPath(id)))(
    '%s: a linked answer that opens on arrival, then the provider',
    (path) => {
      const link = finder.querySelector(`main a[href="${inEdition(path)}"]`);
      const target = answerLinks
        .map((href) => finder.getElementById(href.split('#')[1]!))
        .find((answer) => answer?.contains(link));
      const answer = target?.parentElement?.closest('details');
      // Inside a closed answer's content (a target on the <details> itself would not open it), in no other answer.
      expect(target?.tagName).not.toBe('DETAILS');
      expect(answer?.hasAttribute('open')).toBe(false);
      expect(answer?.querySelector(':scope > summary')?.contains(target!)).toBe(false);
      expect(answer?.parentElement?.closest('details')).toBeNull();
    },
  );
});

test("the home page's 只剩 3 天？ link leads to the four-steps article, which opens with that box", () => {
  const link = pages.get('/')!.querySelector('main a[data-three-days]');
  expect(link?.textContent?.trim()).toBe('只剩 3 天？');
  expect(link?.getAttribute('href')).toBe(siteConfig.renewalGuidePath);
  const firstCallout = pages.get(siteConfig.renewalGuidePath)!.querySelector('.article-body [data-callout]');
  expect(firstCallout?.textContent?.trim()).toMatch(/^只剩 3 天？/);
});

// One name for the finder and one for the full list: the header, the home page, the reminder and the
// breadcrumbs use them and nothing else, in both editions.
const bothEditions = (path: string) => [path, traditionalPathOf(path)];
const nameOn = (page: string, name: string) => (isTraditional(page) ? toTraditionalChinese(name) : name);
const crumbsOf = (page: string) =>
  [...pages.get(page)!.querySelectorAll(`nav[aria-label="${nameOn(page, '面包屑导航')}"] :is(a, [aria-current])`)].map(
    (crumb) => crumb.textContent!.trim(),
  );

test.each([
  [siteConfig.providerFinderPath, siteConfig.providerFinderName],
  [siteConfig.providersPath, siteConfig.providersName],
])('every link to %s on every page says %s', (target, name) => {
  const misnamed = [...pages].flatMap(([page, document]) =>
    // The 我的 eSIM card's links (its 换一个 leads to the finder) are hidden until the reminder fills them in: what
    // a page shows before that, and without JavaScript, is counted.
    [...document.querySelectorAll(`a[href="${isTraditional(page) ? traditionalPathOf(target) : target}"]`)]
      .filter((link) => !link.closest('[hidden]'))
      .map((link) => link.textContent!.trim())
      .filter((text) => text !== nameOn(page, name))
      .map((text) => `${page}: ${text}`),
  );
  expect(misnamed).toEqual([]);
});

test('the header, the home page, the reminder and the breadcrumbs name the finder by its name', () => {
  const name = siteConfig.providerFinderName;
  for (const page of bothEditions('/')) {
    const document = pages.get(page)!;
    expect(document.querySelector('header nav')!.textContent).toContain(nameOn(page, name));
    expect(document.querySelector('main h2')!.textContent).toContain(nameOn(page, name));
  }
  const reminder = pages
    .get(siteConfig.renewalGuidePath)!
    .querySelector('renewal-reminder [data-actions] a:not([hidden])');
  expect(reminder?.textContent?.trim()).toBe(name);
  for (const page of bothEditions(siteConfig.providerFinderPath))
    expect(crumbsOf(page).at(-1)).toBe(nameOn(page, name));
});

test('the breadcrumbs name the full list by its name, on the list and on every provider page', () => {
  const name = siteConfig.providersName;
  const listPages = [siteConfig.providersPath, ...providers.map(({ id }) => providerPath(id))].flatMap(bothEditions);
  const crumbs = listPages.map((page) => [page, crumbsOf(page)[1]]);
  expect(crumbs).toEqual(listPages.map((page) => [page, nameOn(page, name)]));
});

test('no page uses a retired name for the path to a seller', () => {
  const retired = ['我的 eSIM 是哪一种', '各家续费入口', '各家 eSIM 的续费入口', '各家的续费方法', '各家对比'];
  const names = [...retired, ...retired.map(toTraditionalChinese)];
  const found = [...pages].flatMap(([page, document]) =>
    names.filter((old) => document.body.textContent!.includes(old)).map((old) => `${page}: ${old}`),
  );
  expect(found).toEqual([]);
});
