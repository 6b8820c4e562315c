import { expect, test } from 'vitest';
import { crumbsTo } from '../../../src/lib/seo/breadcrumbs.ts';

test('a page’s trail leads from the linked home page to the page itself, unlinked', () => {
  expect(crumbsTo('常见问题')).toEqual([{ label: '首页', href: '/' }, { label: '常见问题' }]);
});

test('the home page’s trail is the home page alone', () => {
  expect(crumbsTo()).toEqual([{ label: '首页' }]);
  expect(crumbsTo(undefined)[0]).not.toHaveProperty('href');
});
