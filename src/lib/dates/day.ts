/**
 * How the site writes a date, for the day a moment falls on in the reader's time zone, with no date library: the
 * service worker (src/offline/worker.ts) bundles none, and ./calendar-date.ts writes its dayjs dates through these.
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
