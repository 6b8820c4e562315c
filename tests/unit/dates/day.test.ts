import dayjs from 'dayjs';
import { expect, test } from 'vitest';
import { formatChineseDate, toIsoDate } from '../../../src/lib/dates/calendar-date.ts';
import { chineseDateOf, isoDateOf } from '../../../src/lib/dates/day.ts';

test('writes every day 2000–2100 as calendar-date.ts does, at any time of that day', () => {
  const mismatches: string[] = [];
  for (let day = dayjs(new Date(2000, 0, 1)); day.year() <= 2100; day = day.add(1, 'day')) {
    const expected = `${formatChineseDate(day)} ${toIsoDate(day)}`;
    for (const hour of [0, 12, 23]) {
      const moment = day.hour(hour).minute(59).toDate();
      const written = `${chineseDateOf(moment)} ${isoDateOf(moment)}`;
      if (written !== expected) mismatches.push(`${moment.toString()}: ${written}, not ${expected}`);
    }
  }
  expect(mismatches).toEqual([]);
});

test('a moment is written as the day it falls on in the reader’s time zone', () => {
  const lateOnDecember6InUtc = new Date(Date.UTC(2026, 11, 6, 22, 30));
  const expected = {
    'Asia/Baku': ['2026年12月7日', '2026-12-07'],
    'America/Los_Angeles': ['2026年12月6日', '2026-12-06'],
    'Pacific/Kiritimati': ['2026年12月7日', '2026-12-07'],
  }[process.env['TZ']!];
  expect([chineseDateOf(lateOnDecember6InUtc), isoDateOf(lateOnDecember6InUtc)]).toEqual(expected);
});
