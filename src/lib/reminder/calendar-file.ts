import { formatChineseDate } from '../dates/calendar-date.ts';
import { fillSlots, startSlots, type ReminderWording } from './wording.ts';
import type { RenewalPlan } from './renewal.ts';

/**
 * The reminder as an iCalendar file (RFC 5545): one all-day event on the renew-by date with an alarm
 * at 09:00 the day before, so the reader has a day to find Wi-Fi and check the provider's top-up page.
 */

/** Octets a content line may hold before it must be folded (RFC 5545 §3.1), line break not counted. */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** What the calendar file needs besides the plan. */
export interface CalendarFileOptions {
  /** Stamps the file (DTSTAMP). */
  now: Date;
  /** The four-steps article, absolute; its host also makes the event's UID unique. */
  guideUrl: string;
  wording: ReminderWording['calendar'];
}

/** The file name offered for download, e.g. `esim-renewal-2027-02-22.ics`. */
export function calendarFileName(plan: RenewalPlan): string {
  return `esim-renewal-${plan.renewBy.format('YYYY-MM-DD')}.ics`;
}

/** The `.ics` text for a plan, CRLF line breaks and folded lines included. */
export function renewalCalendarFile(plan: RenewalPlan, { now, guideUrl, wording }: CalendarFileOptions): string {
  const host = new URL(guideUrl).hostname;
  const values = {
    expiry: formatChineseDate(plan.expiry, { weekday: true }),
    lead: plan.leadDays,
    url: guideUrl,
    ...(plan.start && startSlots(plan.start)),
  };
  const renewBy = plan.renewBy.format('YYYYMMDD');
  // A worked-out expiry date says how it was worked out, so the reader can check it against the provider's.
  const description = [wording.description, ...(plan.start ? [wording.fromStart] : [])].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//ZH`,
    'BEGIN:VEVENT',
    // The same reminder downloaded twice updates one event instead of adding a second.
    `UID:${renewBy}-${plan.expiry.format('YYYYMMDD')}@${host}`,
    `DTSTAMP:${now.toISOString().replace(/[-:]|\.\d+/g, '')}`,
    `DTSTART;VALUE=DATE:${renewBy}`,
    `DTEND;VALUE=DATE:${plan.renewBy.add(1, 'day').format('YYYYMMDD')}`,
    `SUMMARY:${escapeText(fillSlots(wording.summary, values))}`,
    `DESCRIPTION:${escapeText(fillSlots(description, values))}`,
    `URL:${guideUrl}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT15H',
    `DESCRIPTION:${escapeText(wording.alarm)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(piece);
      // A continuation line starts with one space, which counts towards its 75 octets.
      piece = ' ';
      octets = 1;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n');
}
