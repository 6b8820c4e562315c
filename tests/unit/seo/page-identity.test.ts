import { expect, test } from 'vitest';
import { pageIdentity } from '../../../src/lib/seo/page-identity.ts';
import { siteConfig } from '../../../src/site.config.ts';

const site = 'https://azerbaijan-esim-guide.pages.dev';

test('a Simplified page: its own URL, the Simplified share image, its title', () => {
  expect(pageIdentity('/faq/', 'zh-Hans', '常见问题')).toEqual({
    canonicalUrl: `${site}/faq/`,
    shareImageUrl: `${site}/og-default.png`,
    shareTitle: '常见问题',
  });
});

test('a Traditional page renders its Simplified twin (the rendered path), yet names its own URL and share image', () => {
  expect(pageIdentity('/faq/', 'zh-Hant', '常见问题')).toEqual({
    canonicalUrl: `${site}/zh-hant/faq/`,
    shareImageUrl: `${site}/zh-hant/og-default.png`,
    shareTitle: '常见问题',
  });
});

test('the home page, which has no title of its own, is shared under the site name', () => {
  expect(pageIdentity('/', 'zh-Hans', undefined).shareTitle).toBe(siteConfig.name);
});
