import { expect, test } from 'vitest';
import { isExternalHref } from '../../../src/lib/articles/external-links.ts';

const site = 'https://azerbaijan-esim-guide.pages.dev';

test.each([
  ['https://www.azercell.com/', true],
  ['HTTP://nar.az/', true],
  ['https://azerbaijan-esim-guide.pages.dev/faq/', false],
  ['/faq/', false],
  ['#常见问题', false],
  ['mailto:help@example.org', false],
  ['https://', false],
])('isExternalHref(%j) is %s', (href, external) => {
  expect(isExternalHref(href, site)).toBe(external);
});
