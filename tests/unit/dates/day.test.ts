import { expect, test } from 'vitest';
import { chineseDateOf, isoDateOf } from '../../../src/lib/dates/day.ts';

test('a moment is written as the day it falls on in the reader’s time zone', () => {
  const lateOnDecember6InUtc = new Date(Date.UTC(2026, 11, 6, 22, 30));
  const expected = {
    'Asia/Baku': ['2026年12月7日', '2026-12-07'],
    'America/Los_Angeles': ['2026年12月6日', '2026-12-06'],
    'Pacific/Kiritimati': ['2026年12月7日', '2026-12-07'],
  }[process.env['TZ']!];
  expect([chineseDateOf(lateOnDecember6InUtc), isoDateOf(lateOnDecember6InUtc)]).toEqual(expected);
});
