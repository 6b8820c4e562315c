import { describe, expect, test } from 'vitest';
import {
  chineseWeekday,
  formatChineseDate,
  isoDateFromFrontmatter,
  parseIsoDate,
  toIsoDate,
} from '../../../src/lib/dates/calendar-date.ts';

describe('parseIsoDate', () => {
  test.each(['2026-12-01', '2024-02-29', '2000-01-01', '2100-12-31', ' 2026-12-01 '])('accepts %j', (text) => {
    const date = parseIsoDate(text);
    expect(date).not.toBeNull();
    expect(toIsoDate(date!)).toBe(text.trim());
  });

  test.each([
    '',
    '2026-2-1',
    '2026/12/01',
    '2025-02-29',
    '2025-02-30',
    '2026-13-01',
    '2026-04-31',
    '2026-00-10',
    '12/01/2026',
    'abc',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('formatChineseDate', () => {
  test.each([
    ['2026-12-01', '2026年12月1日', '2026年12月1日 星期二'],
    ['2027-02-22', '2027年2月22日', '2027年2月22日 星期一'],
    ['2024-02-29', '2024年2月29日', '2024年2月29日 星期四'],
    ['2026-11-29', '2026年11月29日', '2026年11月29日 星期日'],
  ])('%s → %s', (iso, plain, withWeekday) => {
    const date = parseIsoDate(iso)!;
    expect(formatChineseDate(date)).toBe(plain);
    expect(formatChineseDate(date, { weekday: true })).toBe(withWeekday);
  });

  test('weekday names cover the whole week', () => {
    const monday = parseIsoDate('2026-11-23')!;
    const names = Array.from({ length: 7 }, (_, offset) => chineseWeekday(monday.add(offset, 'day')));
    expect(names).toEqual(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']);
  });
});

describe('isoDateFromFrontmatter', () => {
  test('reads a YAML date (UTC midnight) as the same calendar day in every zone', () => {
    expect(isoDateFromFrontmatter(new Date(Date.UTC(2026, 10, 25)))).toBe('2026-11-25');
  });

  test('keeps a valid quoted date', () => {
    expect(isoDateFromFrontmatter('2026-11-25')).toBe('2026-11-25');
  });

  test.each(['2026-02-30', '25.11.2026', ''])('rejects %j', (text) => {
    expect(isoDateFromFrontmatter(text)).toBeNull();
  });

  test('rejects an invalid Date', () => {
    expect(isoDateFromFrontmatter(new Date('nonsense'))).toBeNull();
  });
});
