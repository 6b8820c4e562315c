import { expect, test } from 'vitest';
import { buildTableOfContents } from '../../../src/lib/articles/table-of-contents.ts';

const heading = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

test('nests h3 under the h2 before it and ignores other depths', () => {
  const toc = buildTableOfContents([
    heading(1, 'title'),
    heading(2, 'a'),
    heading(3, 'a1'),
    heading(4, 'a1x'),
    heading(3, 'a2'),
    heading(2, 'b'),
  ]);
  expect(toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
    ['a', ['a1', 'a2']],
    ['b', []],
  ]);
});

test('lifts an h3 that comes before any h2 to the top level', () => {
  const toc = buildTableOfContents([heading(3, 'early'), heading(2, 'a')]);
  expect(toc.map((entry) => entry.slug)).toEqual(['early', 'a']);
});

test('is empty when there are no h2 or h3 headings', () => {
  expect(buildTableOfContents([heading(1, 'only')])).toEqual([]);
});
