import { expect, test } from 'vitest';
import { stepsMarkupProblem } from '../../../src/lib/articles/steps.ts';

test('accepts one ordered list', () => {
  expect(stepsMarkupProblem('\n<ol><li><h3 id="a">A</h3></li></ol>\n')).toBeNull();
});

test.each([
  ['a bullet list', '<ul><li>A</li></ul>'],
  ['loose paragraphs', '<p>A</p><p>B</p>'],
  ['a list followed by a paragraph', '<ol><li>A</li></ol><p>B</p>'],
  ['nothing', ''],
])('explains what to fix for %s', (_, html) => {
  expect(stepsMarkupProblem(html)).toMatch(/有序列表/);
});
