import { expect, test } from 'vitest';
import { articleSlugProblem, slugOfFile } from '../../../src/lib/articles/slug.ts';

test.each(['faq', 'renewal-steps', 'esim-2026', 'a1'])('%s is a good slug', (slug) => {
  expect(articleSlugProblem(slug, ['/'])).toBeNull();
});

test.each([
  ['Renewal_Steps', /只能用小写英文字母、数字和连字符（-），例如 renewal-steps/],
  ['续费步骤', /例如 roaming-data/],
  ['-faq', /例如 faq/],
  ['faq--more', /例如 faq-more/],
  ['a'.repeat(61), /太长/],
  ['search', /已经被网站的其他页面（\/search\/）占用/],
])('%s is refused: %s', (slug, message) => {
  expect(articleSlugProblem(slug, ['/', '/search/'])).toMatch(message);
});

test.each([
  ['content/faq.mdx', 'faq'],
  ['content/notes.md', 'notes'],
  ['tests/fixtures/x/renewal-steps.mdx', 'renewal-steps'],
])('%s has the slug %s', (file, slug) => {
  expect(slugOfFile(file)).toBe(slug);
});
