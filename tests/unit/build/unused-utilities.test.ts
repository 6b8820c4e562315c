import { describe, expect, test } from 'vitest';
import { withoutUnusedUtilities } from '../../../src/lib/build/unused-utilities.ts';

const css = [
  '@layer base{a{color:red}.unused-base{color:blue}}',
  '@layer utilities{.block{display:block}.hidden{display:none}',
  ':where(.space-y-2>:not(:last-child)){margin-block-end:.5rem}',
  '.has-\\[\\>\\:not\\(\\[hidden\\]\\)\\]\\:mt-3:has(>:not([hidden])){margin-top:.75rem}',
  '@media (width>=40rem){.sm\\:flex{display:flex}.sm\\:p-4{padding:1rem}}',
  '@media (width>=64rem){.lg\\:hidden{display:none}}}',
  '.callout{padding:1rem}',
].join('');
const page = (body: string, style = css) => `<html><head><style>${style}</style></head><body>${body}</body></html>`;
const styleOf = (html: string) => html.match(/<style>(.*)<\/style>/)![1];

describe('withoutUnusedUtilities', () => {
  test('keeps the utility rules whose class an element has, escaped or in a media query, and drops the rest', () => {
    const html = page('<div class="block sm:flex has-[&gt;:not([hidden])]:mt-3"></div><p class="callout">x</p>');
    expect(styleOf(withoutUnusedUtilities(html, []))).toBe(
      [
        '@layer base{a{color:red}.unused-base{color:blue}}',
        '@layer utilities{.block{display:block}',
        '.has-\\[\\>\\:not\\(\\[hidden\\]\\)\\]\\:mt-3:has(>:not([hidden])){margin-top:.75rem}',
        '@media (width>=40rem){.sm\\:flex{display:flex}}}',
        '.callout{padding:1rem}',
      ].join(''),
    );
  });

  test('keeps the classes that scripts give the elements they build', () => {
    const style = styleOf(withoutUnusedUtilities(page('<ol></ol>'), ['space-y-2 block']));
    expect(style).toContain(':where(.space-y-2>:not(:last-child)){margin-block-end:.5rem}');
    expect(style).toContain('.block{display:block}');
    expect(style).not.toContain('.hidden');
  });

  test('a class named only in text, not on an element, does not keep its rule', () => {
    expect(styleOf(withoutUnusedUtilities(page('<p>hidden block</p>'), []))).not.toMatch(/\.hidden|\.block/);
  });

  test.each([
    ['a page without a utilities layer', page('<p class="x"></p>', 'a{color:red}')],
    ['a stylesheet it cannot read', page('<p></p>', '@layer utilities{.block{display:block}')],
    ['a utilities layer outside the head', '<html><head></head><body><p>@layer utilities{.x{}}</p></body></html>'],
  ])('leaves %s as it is', (_, html) => {
    expect(withoutUnusedUtilities(html, [])).toBe(html);
  });
});
