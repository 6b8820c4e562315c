import dayjs, { type Dayjs } from 'dayjs';
import { chineseDateOf, isoDateOf } from './day.ts';

/**
 * Calendar dates without a time of day. Every date is built from its year, month and day in the
 * reader's own zone and only ever moved by whole calendar days, so no time zone shifts it.
 */

/** A date written `YYYY-MM-DD`, with its year, month and day captured. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The last character of each weekday's name, Sunday first (`星期日` … `星期六`). */
const WEEKDAY_CHARACTERS = '日一二三四五六';

/** Parses a strict `YYYY-MM-DD` string; returns null for any other shape or a day that does not exist. */
export function parseIsoDate(text: string): Dayjs | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = dayjs(new Date(year, month - 1, day));
  const rolledOver = date.year() !== year || date.month() !== month - 1 || date.date() !== day;
  return rolledOver ? null : date;
}

/** Formats a calendar date as `YYYY-MM-DD` (the form `<time datetime>` and date inputs use). */
export function toIsoDate(date: Dayjs): string {
  return isoDateOf(date.toDate());
}

/** The Chinese weekday name, e.g. `星期二`. */
export function chineseWeekday(date: Dayjs): string {
  return `星期${WEEKDAY_CHARACTERS[date.day()]}`;
}

/** Formats a calendar date the Chinese way: `2026年12月1日`, or `2026年12月1日 星期二` with the weekday. */
export function formatChineseDate(date: Dayjs, options: { weekday?: boolean } = {}): string {
  const text = chineseDateOf(date.toDate());
  return options.weekday ? `${text} ${chineseWeekday(date)}` : text;
}

/**
 * Reads a frontmatter date. YAML turns an unquoted date into a `Date` at UTC midnight, so that case
 * is read in UTC; a quoted string must be strict `YYYY-MM-DD`.
 */
export function isoDateFromFrontmatter(value: string | Date): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  const date = parseIsoDate(value);
  return date ? toIsoDate(date) : null;
}
