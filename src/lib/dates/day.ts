/**
 * How the site writes a date, with no date library, for the day a moment falls on in the reader's time zone: the
 * service worker (src/offline/worker.ts) writes the day a page was saved, and bundles nothing it can do without.
 * ./calendar-date.ts spells the same formats with dayjs, which the reminder's script already carries: delegating
 * here added 50 B gzip to the heaviest page, which has 7 B to spare. tests/unit/dates/day.test.ts holds the two
 * spellings to each other.
 */

/** `2026年12月1日`. */
export function chineseDateOf(moment: Date): string {
  return `${moment.getFullYear()}年${moment.getMonth() + 1}月${moment.getDate()}日`;
}

const twoDigits = (number: number) => `${number}`.padStart(2, '0');

/** `2026-12-01`: the form `<time datetime>` takes. */
export function isoDateOf(moment: Date): string {
  return `${moment.getFullYear()}-${twoDigits(moment.getMonth() + 1)}-${twoDigits(moment.getDate())}`;
}
