import { expect, test } from 'vitest';
import {
  calloutMarkup,
  calloutTitles,
  isCalloutType,
  unknownCalloutMessage,
} from '../../../src/lib/articles/callout.ts';

test.each(['tip', 'note', 'caution'])('%s is a callout type with a Chinese title', (type) => {
  expect(isCalloutType(type)).toBe(true);
  expect(calloutTitles[type as keyof typeof calloutTitles]).toMatch(/^\p{Script=Han}+$/u);
});

test.each(['warning', 'danger', 'toString', ''])('%j is not a callout type', (type) => {
  expect(isCalloutType(type)).toBe(false);
});

test.each([
  ['tip', undefined, '提示'],
  ['caution', '别找代充', '别找代充'],
  ['note', '  ', '说明'],
] as const)('calloutMarkup(%s, %j) is a note box of its kind titled %s', (type, title, shown) => {
  const { icon, ...markup } = calloutMarkup(type, title);
  expect(markup).toEqual({
    box: { role: 'note', class: `callout callout-${type}`, 'data-callout': type },
    title: { class: 'callout-title', text: shown },
    body: { class: 'callout-body' },
  });
  expect(icon).toMatchObject({ 'aria-hidden': 'true', viewBox: '0 0 20 20' });
});

test('each kind has its own icon, a single path drawn inside its 20 × 20 box', () => {
  const paths = (['tip', 'note', 'caution'] as const).map((type) => calloutMarkup(type).icon.d);
  expect(new Set(paths).size).toBe(3);
  for (const path of paths) {
    const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(20);
  }
});

test('an unknown directive is refused with the kinds that exist', () => {
  expect(unknownCalloutMessage('warning')).toBe(
    '未知的提示框类型 :::warning：只能用 :::tip、:::note、:::caution（例如把 :::warning 改成 :::caution）。',
  );
});
