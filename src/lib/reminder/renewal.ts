import dayjs, { type Dayjs } from 'dayjs';
import { renewalLeadChoices, renewalLeadDays } from '../../site.config.ts';
import { ISO_DATE, parseIsoDate } from '../dates/calendar-date.ts';

/**
 * When to renew a plan: the expiry date minus the lead, counted in whole calendar days from today.
 * Bad input gives a problem (put into words by `reminder-wording.ts`), never an exception or an invalid date.
 */

/** The first year the reminder accepts. */
export const MIN_YEAR = 2000;
/** The last year the reminder accepts. */
export const MAX_YEAR = 2100;

/**
 * Plenty of time; renew soon (renew-by date at most `RENEW_SOON_DAYS` away); renew now (renew-by date today or
 * passed, plan still running); expires today; already expired.
 */
export type RenewalState = 'plenty-of-time' | 'renew-soon' | 'renew-now' | 'expires-today' | 'expired';

/** A renew-by date this few days away is close enough that "plenty of time" would mislead. */
export const RENEW_SOON_DAYS = 3;

/** The longest plan the start-date mode accepts, in days. */
export const MAX_PLAN_DAYS = 365;

/**
 * Why no reminder could be worked out: nothing entered, not `YYYY-MM-DD`, a day that does not exist,
 * a year outside 2000–2100, a lead the reminder does not offer, a date the browser's input could not
 * complete, a plan length that is not a whole number of days from 1 to 365, or unreadable values saved
 * in the browser.
 */
export type RenewalProblem = DateProblem | 'lead' | 'days' | 'saved-unreadable';

/** The problems a typed date can have; they belong to whichever date field was used. */
export type DateProblem = 'empty' | 'malformed' | 'nonexistent' | 'out-of-range' | 'incomplete';

/** A worked-out reminder: the dates, how far away they are in calendar days, and the state. */
export interface RenewalPlan {
  ok: true;
  expiry: Dayjs;
  renewBy: Dayjs;
  leadDays: number;
  /** Calendar days from today to the renew-by date; 0 today, negative once it has passed. */
  daysUntilRenewBy: number;
  /** Calendar days from today to the expiry date; negative once the plan has expired. */
  daysUntilExpiry: number;
  state: RenewalState;
  /** Set when the expiry date was worked out from the day the plan started and its length. */
  start?: { date: Dayjs; days: number };
}

/** No reminder, and why. */
export interface RenewalFailure {
  ok: false;
  problem: RenewalProblem;
}

/** The result of `planRenewal`: a plan or a problem, never both. */
export type RenewalResult = RenewalPlan | RenewalFailure;

/** Today as a calendar date (midnight in the reader's zone). */
export function calendarToday(now: Date = new Date()): Dayjs {
  return dayjs(now).startOf('day');
}

/**
 * Whole calendar days from `from` to `to` (both midnights). dayjs's diff takes out the change of UTC offset
 * between them; rounding its fractional result absorbs a zone whose summer-time change falls at midnight.
 */
export function calendarDaysBetween(from: Dayjs, to: Dayjs): number {
  return Math.round(to.diff(from, 'day', true));
}

/** True for a lead the reminder offers (never shorter than the site's rule). */
export function isLeadChoice(leadDays: number): boolean {
  return (renewalLeadChoices as readonly number[]).includes(leadDays);
}

/** Works out the renew-by date, the days until it and the state for an expiry date typed as `YYYY-MM-DD`. */
export function planRenewal(expiryText: string, today: Dayjs, leadDays: number): RenewalResult {
  const expiry = readDate(expiryText);
  return typeof expiry === 'string' ? renewalFailure(expiry) : planFor(expiry, today, leadDays);
}

/**
 * The same plan for a reader who knows only when the plan started and how many days it runs. Counted
 * conservatively: the start day is the first full day, so the last full day (the expiry date) is
 * start + days − 1; a 30-day plan started on 1 December ends on 30 December.
 */
export function planFromStart(startText: string, daysText: string, today: Dayjs, leadDays: number): RenewalResult {
  const start = readDate(startText);
  if (typeof start === 'string') return renewalFailure(start);
  const days = Number(daysText.trim());
  if (!/^\d+$/.test(daysText.trim()) || days < 1 || days > MAX_PLAN_DAYS) return renewalFailure('days');
  const plan = planFor(start.add(days - 1, 'day'), today, leadDays);
  return plan.ok ? { ...plan, start: { date: start, days } } : plan;
}

/** A strict `YYYY-MM-DD` date from 2000 to 2100, or what is wrong with the text. */
function readDate(text: string): Dayjs | DateProblem {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (!ISO_DATE.test(trimmed)) return 'malformed';
  const year = Number(trimmed.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return 'out-of-range';
  return parseIsoDate(trimmed) ?? 'nonexistent';
}

function planFor(expiry: Dayjs, today: Dayjs, leadDays: number): RenewalResult {
  if (!isLeadChoice(leadDays)) return renewalFailure('lead');
  const renewBy = expiry.subtract(leadDays, 'day');
  const daysUntilExpiry = calendarDaysBetween(today, expiry);
  const daysUntilRenewBy = daysUntilExpiry - leadDays;
  return {
    ok: true,
    expiry,
    renewBy,
    leadDays,
    daysUntilRenewBy,
    daysUntilExpiry,
    state: stateOf(daysUntilRenewBy, daysUntilExpiry),
  };
}

/** What the reminder keeps in the browser: an expiry date, or a start date and a length; and the lead. */
export interface SavedReminder {
  expiry: string | null;
  start: string | null;
  days: string | null;
  lead: string | null;
}

/**
 * The reminder saved in the browser: null when nothing is saved, otherwise its plan or the problem
 * `saved-unreadable`. A saved start date means the start-date mode; a missing lead means the site's default lead.
 */
export function planSavedRenewal(saved: SavedReminder, today: Dayjs): RenewalResult | null {
  if (saved.expiry === null && saved.start === null) return null;
  const leadDays = saved.lead === null ? renewalLeadDays : Number(saved.lead);
  const result =
    saved.start === null
      ? planRenewal(saved.expiry!, today, leadDays)
      : planFromStart(saved.start, saved.days ?? '', today, leadDays);
  return result.ok ? result : renewalFailure('saved-unreadable');
}

function stateOf(daysUntilRenewBy: number, daysUntilExpiry: number): RenewalState {
  if (daysUntilExpiry < 0) return 'expired';
  if (daysUntilExpiry === 0) return 'expires-today';
  if (daysUntilRenewBy <= 0) return 'renew-now';
  return daysUntilRenewBy <= RENEW_SOON_DAYS ? 'renew-soon' : 'plenty-of-time';
}

/** A result that names what is wrong with the input. */
export function renewalFailure(problem: RenewalProblem): RenewalFailure {
  return { ok: false, problem };
}
