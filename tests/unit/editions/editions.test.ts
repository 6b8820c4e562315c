import { describe, expect, test } from 'vitest';
import {
  alternatesOf,
  editionOfPath,
  editions,
  isUnlistedPath,
  languageSwitchPath,
  localizeHref,
  pathInEdition,
  sourcePathOf,
} from '../../../src/lib/editions/editions.ts';

const site = 'https://azerbaijan-esim-guide.pages.dev';

describe('editionOfPath', () => {
  test.each([
    ['/', 'zh-Hans'],
    ['/faq/', 'zh-Hans'],
    ['/zh-hant-guide/', 'zh-Hans'],
    ['/rss.xml', 'zh-Hans'],
    ['/zh-hant/', 'zh-Hant'],
    ['/zh-hant', 'zh-Hant'],
    ['/zh-hant/faq/', 'zh-Hant'],
    ['/zh-hant/404.html', 'zh-Hant'],
    ['/zh-hant/rss.xml', 'zh-Hant'],
  ])('%s → %s', (path, edition) => {
    expect(editionOfPath(path)).toBe(edition);
  });
});

describe('the same page in another edition', () => {
  test.each([
    ['/', '/', '/zh-hant/'],
    ['/zh-hant/', '/', '/zh-hant/'],
    ['/faq/', '/faq/', '/zh-hant/faq/'],
    ['/zh-hant/faq/', '/faq/', '/zh-hant/faq/'],
    ['/#guides', '/#guides', '/zh-hant/#guides'],
    [
      '/renewal-steps/#套餐已经过期怎么办',
      '/renewal-steps/#套餐已经过期怎么办',
      '/zh-hant/renewal-steps/#套餐已经过期怎么办',
    ],
    ['/rss.xml', '/rss.xml', '/zh-hant/rss.xml'],
  ])('%s: Simplified %s, Traditional %s', (path, simplified, traditional) => {
    expect(pathInEdition(path, 'zh-Hans')).toBe(simplified);
    expect(pathInEdition(path, 'zh-Hant')).toBe(traditional);
    expect(sourcePathOf(traditional)).toBe(simplified);
  });
});

describe('localizeHref', () => {
  test.each([
    ['/', '/zh-hant/'],
    ['/faq/', '/zh-hant/faq/'],
    ['/renewal-steps/#套餐已经过期怎么办', '/zh-hant/renewal-steps/#套餐已经过期怎么办'],
    ['/renewal-steps/#%E5%A5%97%E9%A4%90', '/zh-hant/renewal-steps/#套餐'],
    ['/faq/#%E0%A4', '/zh-hant/faq/#%E0%A4'],
    ['/search/?q=1', '/zh-hant/search/?q=1'],
    ['/#guides', '/zh-hant/#guides'],
    ['#四个步骤', '#四个步骤'],
    ['https://www.azercell.com/', 'https://www.azercell.com/'],
    ['//cdn.example.com/a/', '//cdn.example.com/a/'],
    ['/og-default.png', '/og-default.png'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
  ])('on a Traditional page %s → %s', (href, localized) => {
    expect(localizeHref(href, 'zh-Hant')).toBe(localized);
  });

  test.each(['/', '/faq/', '#x', 'https://www.nar.az/'])('on a Simplified page %s stays', (href) => {
    expect(localizeHref(href, 'zh-Hans')).toBe(href);
  });
});

test.each([
  ['/search/', true],
  ['/zh-hant/search/', true],
  ['/404/', true],
  ['/zh-hant/404/', true],
  ['/faq/', false],
  ['/zh-hant/faq/', false],
])('isUnlistedPath(%s) → %s', (path, unlisted) => {
  expect(isUnlistedPath(path)).toBe(unlisted);
});

test.each(['/faq/', '/zh-hant/faq/'])(
  'alternatesOf(%s): both editions, and x-default for the Simplified source',
  (path) => {
    expect(alternatesOf(path)).toEqual([
      { hreflang: 'zh-Hans', href: `${site}/faq/` },
      { hreflang: 'zh-Hant', href: `${site}/zh-hant/faq/` },
      { hreflang: 'x-default', href: `${site}/faq/` },
    ]);
  },
);

describe('languageSwitchPath', () => {
  test.each([
    ['/faq/', 'zh-Hant', '/zh-hant/faq/'],
    ['/', 'zh-Hant', '/zh-hant/'],
    ['/zh-hant/faq/', 'zh-Hans', '/faq/'],
    ['/404/', 'zh-Hant', '/zh-hant/'],
    ['/404/', 'zh-Hans', '/'],
  ] as const)('%s → %s edition: %s', (path, target, expected) => {
    expect(languageSwitchPath(path, target)).toBe(expected);
  });
});

test('each edition has its own language, OpenGraph locale and path prefix', () => {
  expect(editions['zh-Hans']).toEqual({ lang: 'zh-Hans', ogLocale: 'zh_CN', pathPrefix: '/' });
  expect(editions['zh-Hant']).toEqual({ lang: 'zh-Hant', ogLocale: 'zh_TW', pathPrefix: '/zh-hant/' });
});
