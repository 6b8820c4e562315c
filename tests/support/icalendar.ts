import ICAL from 'ical.js';

/** The parts of a one-event iCalendar file that the reminder's tests check, as ical.js reads them. */
export interface ParsedReminderEvent {
  version: string;
  prodId: string;
  uid: string;
  /** DTSTAMP as an ISO instant. */
  stamp: string;
  /** DTSTART / DTEND as `YYYY-MM-DD`; `allDay` is true when both are DATE values. */
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  alarm: { action: string; description: string; triggerSeconds: number };
}

/** Parses `.ics` text with ical.js (a real iCalendar parser) and reads its one event and alarm. */
export function parseReminderCalendar(text: string): ParsedReminderEvent {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) throw new Error(`expected one VEVENT, found ${events.length}`);
  const event = events[0]!;
  const alarm = event.getFirstSubcomponent('valarm');
  if (!alarm) throw new Error('the event has no VALARM');
  const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
  const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
  const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
  return {
    version: String(calendar.getFirstPropertyValue('version')),
    prodId: String(calendar.getFirstPropertyValue('prodid')),
    uid: String(event.getFirstPropertyValue('uid')),
    stamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
    start: start.toString(),
    end: end.toString(),
    allDay: start.isDate && end.isDate,
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    alarm: {
      action: String(alarm.getFirstPropertyValue('action')),
      description: String(alarm.getFirstPropertyValue('description')),
      triggerSeconds: trigger.toSeconds(),
    },
  };
}

/** The content lines of `.ics` text after unfolding, and a list of what breaks RFC 5545's line rules. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  const lines = text.split('\r\n').slice(0, -1);
  lines.forEach((line, index) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${index + 1} has a bare CR or LF`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets (more than 75)`);
  });
  return problems;
}
