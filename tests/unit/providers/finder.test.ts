import { expect, test } from 'vitest';
import { finderGroupHref, finderGroups } from '../../../src/lib/providers/finder.ts';
import { providerKinds } from '../../../src/lib/providers/schema.ts';

test('the finder has one answer per kind of provider, in the provider list’s order, then 我分不清', () => {
  expect(finderGroups.map(({ kind }) => kind)).toEqual([...providerKinds, undefined]);
  expect(finderGroups.at(-1)!.label).toBe('我分不清');
});

test('each answer has its own id, a short label for the home page and, for a kind, its introduction and hint', () => {
  expect(new Set(finderGroups.map(({ id }) => id)).size).toBe(finderGroups.length);
  for (const group of finderGroups) {
    expect(group.id).toMatch(/^[a-z-]+$/);
    expect(group.label).not.toBe('');
    if (group.kind) expect([group.intro, group.hint]).toEqual([expect.any(String), expect.any(String)]);
  }
});

test('a link to an answer is the finder’s path with the answer’s id', () => {
  expect(finderGroupHref('/which-esim/', finderGroups[0]!)).toBe(`/which-esim/#${finderGroups[0]!.id}`);
});
