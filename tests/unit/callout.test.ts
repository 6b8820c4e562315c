import { expect, test } from 'vitest';
import { calloutTitles, isCalloutType } from '../../src/lib/callout';

test.each(['tip', 'note', 'caution'])('%s is a callout type with a Chinese title', (type) => {
  expect(isCalloutType(type)).toBe(true);
  expect(calloutTitles[type as keyof typeof calloutTitles]).toMatch(/^\p{Script=Han}+$/u);
});

test.each(['warning', 'danger', 'toString', ''])('%j is not a callout type', (type) => {
  expect(isCalloutType(type)).toBe(false);
});
