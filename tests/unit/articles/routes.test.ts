import { expect, test } from 'vitest';
import { pagePathOfRoute } from '../../../src/lib/articles/routes.ts';

test.each([
  ['index', {}, '/'],
  ['search', {}, '/search/'],
  ['404', {}, '/404/'],
  ['[slug]', { slug: 'faq' }, '/faq/'],
  ['guides/[slug]', { slug: 'faq' }, '/guides/faq/'],
  ['guides/index', {}, '/guides/'],
  ['[...path]', { path: 'a/b' }, '/a/b/'],
  ['[...path]', { path: undefined }, '/'],
])('the route %s with %j builds %s', (route, params, path) => {
  expect(pagePathOfRoute(route, params)).toBe(path);
});
