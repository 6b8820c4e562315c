import { expect, test } from 'vitest';
import { feedDate, sortByUpdated } from '../../../src/lib/seo/feed.ts';

const entry = (id: string, updated: string, order: number) => ({ id, data: { updated, order } });

test.each([
  ['newest update first', [entry('a', '2026-11-01', 1), entry('b', '2026-11-20', 2)], ['b', 'a']],
  ['same day: reading order', [entry('b', '2026-11-20', 2), entry('a', '2026-11-20', 1)], ['a', 'b']],
  ['across years', [entry('a', '2025-12-31', 1), entry('b', '2026-01-01', 2)], ['b', 'a']],
])('sortByUpdated: %s', (_, items, ids) => {
  expect(sortByUpdated(items).map((item) => item.id)).toEqual(ids);
});

test('sortByUpdated leaves its input alone', () => {
  const items = [entry('a', '2026-11-01', 1), entry('b', '2026-11-20', 2)];
  sortByUpdated(items);
  expect(items.map((item) => item.id)).toEqual(['a', 'b']);
});

test.each([
  ['2026-11-25', 'Wed, 25 Nov 2026 00:00:00 GMT'],
  ['2028-02-29', 'Tue, 29 Feb 2028 00:00:00 GMT'],
])('feedDate(%s) is that day at midnight UTC in any zone', (iso, utc) => {
  expect(feedDate(iso).toUTCString()).toBe(utc);
});

test.each(['2026-02-30', '2026-11-25T10:00', '25.11.2026', ''])('feedDate refuses %j', (text) => {
  expect(() => feedDate(text)).toThrow(/YYYY-MM-DD/);
});
