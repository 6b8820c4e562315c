import { parseIsoDate } from '../dates/calendar-date.ts';

/** Anything with an update date and a place in the reading order, shaped like an article entry. */
export interface Dated {
  id: string;
  data: { updated: string; order: number };
}

/** Returns a copy, the most recently updated first; same-day updates keep the reading order. */
export function sortByUpdated<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.order - b.data.order);
}

/** A `YYYY-MM-DD` calendar date as midnight UTC, so a feed shows the same day whatever the build machine's zone. */
export function feedDate(isoDate: string): Date {
  if (!parseIsoDate(isoDate)) throw new Error(`不是有效日期：${isoDate}（应为 YYYY-MM-DD）`);
  return new Date(`${isoDate}T00:00:00Z`);
}
