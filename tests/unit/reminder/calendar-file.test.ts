import { describe, expect, test } from 'vitest';
import { parseIsoDate } from '../../../src/lib/dates/calendar-date.ts';
import {
  calendarFileName,
  escapeText,
  foldLine,
  renewalCalendarFile,
} from '../../../src/lib/reminder/calendar-file.ts';
import { reminderWording } from '../../../src/lib/reminder/wording.ts';
import { planFromStart, planRenewal, type RenewalPlan } from '../../../src/lib/reminder/renewal.ts';
import { lineProblems, parseReminderCalendar } from '../../support/icalendar.ts';

const guideUrl = 'https://azerbaijan-esim-guide.pages.dev/renewal-steps/';
const now = new Date(Date.UTC(2027, 0, 15, 8, 30, 5, 123));

function plan(expiry: string, lead = 7): RenewalPlan {
  const result = planRenewal(expiry, parseIsoDate('2027-01-01')!, lead);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('renewalCalendarFile, read back with ical.js', () => {
  test('an all-day event on the renew-by date with the Chinese title, the guide URL and an alarm', () => {
    const text = renewalCalendarFile(plan('2027-03-01'), { now, guideUrl, wording: reminderWording.calendar });
    const event = parseReminderCalendar(text);
    expect(event.version).toBe('2.0');
    expect(event.prodId).not.toBe('');
    expect(event).toMatchObject({ start: '2027-02-22', end: '2027-02-23', allDay: true });
    expect(event.stamp).toBe('2027-01-15T08:30:05.000Z');
    expect(event.uid).toMatch(/^\S+@azerbaijan-esim-guide\.pages\.dev$/);
    expect(event.summary).toContain('2027年3月1日 星期一');
    expect(event.summary).toMatch(/续费/);
    expect(event.description).toContain(guideUrl);
    expect(event.description).toContain('提前 7 天');
    expect(event.description).toContain('\n');
    expect(event.alarm).toMatchObject({ action: 'DISPLAY', triggerSeconds: -15 * 3600 });
    expect(event.alarm.description).not.toBe('');
    expect(lineProblems(text)).toEqual([]);
  });

  test('a plan worked out from its start date says so in the description, after the guide', () => {
    const result = planFromStart('2026-12-01', '30', parseIsoDate('2026-11-20')!, 7);
    if (!result.ok) throw new Error(result.problem);
    const text = renewalCalendarFile(result, { now, guideUrl, wording: reminderWording.calendar });
    const event = parseReminderCalendar(text);
    expect(event).toMatchObject({ start: '2026-12-23', end: '2026-12-24', allDay: true });
    expect(event.summary).toContain('2026年12月30日 星期三');
    expect(event.description.split('\n').at(-1)).toBe('到期日是按 2026年12月1日 开始、共 30 天推算的最后一整天。');
    expect(event.description).toContain(guideUrl);
    expect(lineProblems(text)).toEqual([]);
  });

  test('a typed expiry date gets no start-date line', () => {
    expect(
      parseReminderCalendar(
        renewalCalendarFile(plan('2027-03-01'), { now, guideUrl, wording: reminderWording.calendar }),
      ).description,
    ).not.toContain('推算');
  });

  test.each([
    ['2027-01-07', 7, '2026-12-31', '2027-01-01'], // the event ends in the new year
    ['2028-03-07', 7, '2028-02-29', '2028-03-01'], // on a leap day
    ['2027-03-14', 14, '2027-02-28', '2027-03-01'], // on the last day of February
    ['2100-12-31', 10, '2100-12-21', '2100-12-22'],
  ])('expiry %s, lead %i → DTSTART %s, DTEND %s', (expiry, lead, start, end) => {
    const event = parseReminderCalendar(
      renewalCalendarFile(plan(expiry, lead), { now, guideUrl, wording: reminderWording.calendar }),
    );
    expect(event).toMatchObject({ start, end, allDay: true });
    expect(event.description).toContain(`提前 ${lead} 天`);
  });

  test('the same reminder keeps its UID; another expiry date gets another', () => {
    const uid = (expiry: string) =>
      parseReminderCalendar(renewalCalendarFile(plan(expiry), { now, guideUrl, wording: reminderWording.calendar }))
        .uid;
    expect(uid('2027-03-01')).toBe(uid('2027-03-01'));
    expect(uid('2027-03-01')).not.toBe(uid('2027-03-02'));
  });

  test('commas, semicolons, backslashes, line breaks and long Chinese text survive escaping and folding', () => {
    const long = '这是一段很长的中文说明，用来检查折行不会把一个汉字切成两半；'.repeat(6);
    const wording = {
      summary: '续费, 测试; 反斜杠 \\ {expiry}',
      description: `第一行\n${long}\n{url}`,
      fromStart: '按 {start} 起算',
      alarm: '提醒：明天续费 🔔, 记得',
    };
    const text = renewalCalendarFile(plan('2027-03-01'), { now, guideUrl, wording });
    const event = parseReminderCalendar(text);
    expect(event.summary).toBe('续费, 测试; 反斜杠 \\ 2027年3月1日 星期一');
    expect(event.description).toBe(`第一行\n${long}\n${guideUrl}`);
    expect(event.alarm.description).toBe('提醒：明天续费 🔔, 记得');
    expect(lineProblems(text)).toEqual([]);
  });
});

describe('foldLine', () => {
  const unfold = (folded: string) => folded.replace(/\r\n /g, '');

  test.each([
    ['ASCII', 'DESCRIPTION:' + 'a'.repeat(200)],
    ['Chinese (3 octets each)', 'SUMMARY:' + '续费提醒'.repeat(40)],
    ['mixed with 4-octet emoji', 'DESCRIPTION:' + 'eSIM 续费 🔔 '.repeat(30)],
    ['exactly 75 octets', 'X'.repeat(75)],
  ])('%s: every piece ≤ 75 octets, no character split, unfolds to the original', (_, line) => {
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    expect(folded).not.toContain('\uFFFD');
    expect(unfold(folded)).toBe(line);
  });

  test('a line of 75 octets stays whole; 76 octets fold once', () => {
    expect(foldLine('X'.repeat(75)).split('\r\n')).toHaveLength(1);
    expect(foldLine('X'.repeat(76)).split('\r\n')).toHaveLength(2);
  });
});

describe('escapeText (RFC 5545 §3.3.11)', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['中文，全角；不变：', '中文，全角；不变：'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

test('calendarFileName names the file after the renew-by date', () => {
  expect(calendarFileName(plan('2027-03-01'))).toBe('esim-renewal-2027-02-22.ics');
});
