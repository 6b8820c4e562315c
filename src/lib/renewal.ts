import dayjs, { type Dayjs } from 'dayjs';
import { renewalLeadChoices, renewalLeadDays } from '../site.config';
import { ISO_DATE, parseIsoDate } from './calendar-date';

/**
 * When to renew a plan: the expiry date minus the lead, counted in whole calendar days from today.
 * Bad input gives a problem (put into words by `reminder-wording.ts`), never an exception or an invalid date.
 */

/** The first year the reminder accepts. */
export const MIN_YEAR = 2000;
/** The last year the reminder accepts. */
export const MAX_YEAR = 2100;

/** Plenty of time; renew now (renew-by date today or passed, plan still running); expires today; already expired. */
export type RenewalState = 'plenty-of-time' | 'renew-now' | 'expires-today' | 'expired';

/**
 * Why no reminder could be worked out: nothing entered, not `YYYY-MM-DD`, a day that does not exist,
 * a year outside 2000–2100, a lead the reminder does not offer, a date the browser's input could not
 * complete, or unreadable values saved in the browser.
 */
export type RenewalProblem = 'empty' | 'malformed' | 'nonexistent' | 'out-of-range' | 'lead' | 'incomplete' | 'saved-unreadable';

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
  const text = expiryText.trim();
  if (text === '') return renewalFailure('empty');
  if (!ISO_DATE.test(text)) return renewalFailure('malformed');
  const year = Number(text.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return renewalFailure('out-of-range');
  const expiry = parseIsoDate(text);
  if (!expiry) return renewalFailure('nonexistent');
  if (!isLeadChoice(leadDays)) return renewalFailure('lead');

  const renewBy = expiry.subtract(leadDays, 'day');
  const daysUntilExpiry = calendarDaysBetween(today, expiry);
  const daysUntilRenewBy = daysUntilExpiry - leadDays;
  return { ok: true, expiry, renewBy, leadDays, daysUntilRenewBy, daysUntilExpiry, state: stateOf(daysUntilRenewBy, daysUntilExpiry) };
}

/**
 * The reminder saved in the browser: null when nothing is saved, otherwise its plan or the problem
 * `saved-unreadable`. A missing lead means the site's default lead.
 */
export function planSavedRenewal(savedExpiry: string | null, savedLead: string | null, today: Dayjs): RenewalResult | null {
  if (savedExpiry === null) return null;
  const leadDays = savedLead === null ? renewalLeadDays : Number(savedLead);
  const result = planRenewal(savedExpiry, today, leadDays);
  return result.ok ? result : renewalFailure('saved-unreadable');
}

function stateOf(daysUntilRenewBy: number, daysUntilExpiry: number): RenewalState {
  if (daysUntilExpiry < 0) return 'expired';
  if (daysUntilExpiry === 0) return 'expires-today';
  return daysUntilRenewBy <= 0 ? 'renew-now' : 'plenty-of-time';
}

/** A result that names what is wrong with the input. */
export function renewalFailure(problem: RenewalProblem): RenewalFailure {
  return { ok: false, problem };
}
