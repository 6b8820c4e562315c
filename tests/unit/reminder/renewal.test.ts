import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseIsoDate, toIsoDate } from '../../../src/lib/dates/calendar-date.ts';
import {
  calendarDaysBetween,
  calendarToday,
  isLeadChoice,
  planFromStart,
  planRenewal,
  planSavedRenewal,
  type RenewalPlan,
  type RenewalResult,
} from '../../../src/lib/reminder/renewal.ts';

const day = (iso: string) => parseIsoDate(iso)!;

function expectPlan(result: RenewalResult | null): RenewalPlan {
  if (!result?.ok) throw new Error(`expected a plan, got ${JSON.stringify(result)}`);
  return result;
}

/** The ISO date `days` calendar days after `iso`, counted on the UTC calendar independently of dayjs. */
function isoPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('planRenewal: the renew-by date', () => {
  test.each([
    // expiry, lead, renew-by
    ['2027-03-01', 7, '2027-02-22'], // into a 28-day February
    ['2028-03-01', 7, '2028-02-23'], // into a 29-day February
    ['2028-03-07', 7, '2028-02-29'], // onto a leap day
    ['2024-02-29', 14, '2024-02-15'], // from a leap day
    ['2000-03-01', 7, '2000-02-23'], // 2000 is a leap year
    ['2100-03-01', 7, '2100-02-22'], // 2100 is not
    ['2027-01-05', 7, '2026-12-29'], // across the new year
    ['2027-01-10', 14, '2026-12-27'],
    ['2027-01-01', 10, '2026-12-22'],
    ['2000-01-01', 14, '1999-12-18'], // the renew-by date may fall before 2000
    ['2100-12-31', 7, '2100-12-24'],
    ['2026-05-01', 10, '2026-04-21'], // into a 30-day month
    ['2026-08-03', 7, '2026-07-27'], // into a 31-day month
    ['2026-03-10', 7, '2026-03-03'], // across the US summer-time start (8 March 2026)
    ['2026-11-05', 7, '2026-10-29'], // across the US summer-time end (1 November 2026)
    ['2015-04-02', 7, '2015-03-26'], // across Baku's last summer-time start (29 March 2015)
  ])('expiry %s, lead %i → renew by %s', (expiry, lead, renewBy) => {
    const plan = expectPlan(planRenewal(expiry, day('2026-01-01'), lead));
    expect(toIsoDate(plan.renewBy)).toBe(renewBy);
    expect(toIsoDate(plan.expiry)).toBe(expiry);
    expect(plan.leadDays).toBe(lead);
  });

  test.each([7, 10, 14])('lead %i days puts the renew-by date exactly that many days before expiry', (lead) => {
    const plan = expectPlan(planRenewal('2027-03-01', day('2027-01-01'), lead));
    expect(plan.daysUntilExpiry - plan.daysUntilRenewBy).toBe(lead);
  });

  test('surrounding spaces are ignored', () => {
    expect(toIsoDate(expectPlan(planRenewal(' 2027-03-01 ', day('2027-01-01'), 7)).renewBy)).toBe('2027-02-22');
  });
});

describe('planRenewal: days and state', () => {
  test.each([
    // today, expiry, lead, days until renew-by, days until expiry, state
    ['2027-02-10', '2027-03-01', 7, 12, 19, 'plenty-of-time'],
    ['2027-02-10', '2027-02-21', 7, 4, 11, 'plenty-of-time'], // the last day that is still plenty
    ['2027-02-10', '2027-02-20', 7, 3, 10, 'renew-soon'],
    ['2027-02-10', '2027-02-18', 7, 1, 8, 'renew-soon'], // renew-by tomorrow
    ['2027-02-10', '2027-02-25', 14, 1, 15, 'renew-soon'],
    ['2027-02-27', '2027-03-09', 7, 3, 10, 'renew-soon'], // across the end of February
    ['2027-02-10', '2027-02-20', 10, 0, 10, 'renew-now'], // the longer lead makes it today
    ['2027-02-10', '2027-02-24', 14, 0, 14, 'renew-now'],
    ['2027-02-10', '2027-02-17', 7, 0, 7, 'renew-now'], // renew-by today
    ['2027-02-10', '2027-02-12', 7, -5, 2, 'renew-now'], // renew-by passed, plan still running
    ['2027-02-10', '2027-02-11', 14, -13, 1, 'renew-now'], // expires tomorrow
    ['2027-02-10', '2027-02-10', 7, -7, 0, 'expires-today'],
    ['2027-02-10', '2027-02-09', 7, -8, -1, 'expired'],
    ['2027-02-10', '2026-12-31', 10, -51, -41, 'expired'], // across the new year
    ['2026-12-28', '2027-01-20', 14, 9, 23, 'plenty-of-time'], // today in the old year
    ['2028-02-01', '2028-03-08', 7, 29, 36, 'plenty-of-time'], // counts 29 February
    ['2027-02-01', '2027-03-08', 7, 28, 35, 'plenty-of-time'], // no 29 February
  ] as const)(
    'today %s, expiry %s, lead %i → %i, %i days, %s',
    (today, expiry, lead, untilRenewBy, untilExpiry, state) => {
      const plan = expectPlan(planRenewal(expiry, day(today), lead));
      expect(plan.daysUntilRenewBy).toBe(untilRenewBy);
      expect(plan.daysUntilExpiry).toBe(untilExpiry);
      expect(plan.state).toBe(state);
    },
  );
});

describe('planRenewal: problems instead of a result', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2027-3-1', 'malformed'],
    ['2027/03/01', 'malformed'],
    ['01.03.2027', 'malformed'],
    ['20270301', 'malformed'],
    ['２０２７-03-01', 'malformed'], // full-width digits
    ['2027-03-01T00:00', 'malformed'],
    ['abc', 'malformed'],
    ['2025-02-30', 'nonexistent'],
    ['2027-02-29', 'nonexistent'],
    ['2100-02-29', 'nonexistent'],
    ['2026-04-31', 'nonexistent'],
    ['2026-13-01', 'nonexistent'],
    ['2026-00-10', 'nonexistent'],
    ['2026-01-00', 'nonexistent'],
    ['1999-12-31', 'out-of-range'],
    ['2101-01-01', 'out-of-range'],
    ['0050-01-01', 'out-of-range'],
    ['9999-12-31', 'out-of-range'],
  ])('%j → %s', (text, problem) => {
    expect(planRenewal(text, day('2027-01-01'), 7)).toEqual({ ok: false, problem });
  });

  test.each([0, 3, 6, 8, -7, 7.5, Number.NaN, Number.POSITIVE_INFINITY])('a lead of %d days → lead', (lead) => {
    expect(planRenewal('2027-03-01', day('2027-01-01'), lead)).toEqual({ ok: false, problem: 'lead' });
  });

  test('the date is checked before the lead', () => {
    expect(planRenewal('2025-02-30', day('2027-01-01'), 3)).toEqual({ ok: false, problem: 'nonexistent' });
  });
});

describe('isLeadChoice', () => {
  test.each([
    [7, true],
    [10, true],
    [14, true],
    [6, false],
    [1, false],
    [21, false],
  ])('%i → %s', (lead, offered) => {
    expect(isLeadChoice(lead)).toBe(offered);
  });
});

describe('planFromStart: the last full day is start + days − 1', () => {
  test.each([
    // start, days, lead, expiry (last full day), renew-by
    ['2026-12-01', '30', 7, '2026-12-30', '2026-12-23'], // the example
    ['2027-01-31', '30', 7, '2027-03-01', '2027-02-22'], // over a 28-day February
    ['2028-01-31', '30', 7, '2028-02-29', '2028-02-22'], // onto a leap day
    ['2028-02-01', '29', 7, '2028-02-29', '2028-02-22'],
    ['2028-02-29', '1', 7, '2028-02-29', '2028-02-22'], // one day, from a leap day
    ['2027-02-28', '1', 10, '2027-02-28', '2027-02-18'],
    ['2026-12-31', '1', 7, '2026-12-31', '2026-12-24'], // one day, on a year end
    ['2026-04-30', '31', 7, '2026-05-30', '2026-05-23'], // from a 30-day month end
    ['2026-01-31', '1', 14, '2026-01-31', '2026-01-17'], // a 31-day month end
    ['2027-01-01', '365', 7, '2027-12-31', '2027-12-24'], // a whole common year
    ['2028-01-01', '365', 7, '2028-12-30', '2028-12-23'], // 365 days of a leap year end a day early
    ['2027-03-01', '365', 14, '2028-02-28', '2028-02-14'], // across a leap day
    ['2026-03-01', '30', 7, '2026-03-30', '2026-03-23'], // across the US and EU summer-time starts
    ['2026-10-25', '14', 7, '2026-11-07', '2026-10-31'], // across the EU and US summer-time ends
    ['2027-02-01', ' 28 ', 7, '2027-02-28', '2027-02-21'], // spaces around the number
  ])('start %s, %s days, lead %i → last full day %s, renew by %s', (start, days, lead, expiry, renewBy) => {
    const plan = expectPlan(planFromStart(start, days, day('2026-01-01'), lead));
    expect(toIsoDate(plan.expiry)).toBe(expiry);
    expect(toIsoDate(plan.renewBy)).toBe(renewBy);
    expect(plan.start && [toIsoDate(plan.start.date), plan.start.days]).toEqual([start, Number(days)]);
  });

  test('a start-date plan has the same days and state as typing its last full day', () => {
    const today = day('2026-12-20');
    const { start, ...fromStart } = expectPlan(planFromStart('2026-12-01', '30', today, 7));
    expect(start).toBeDefined();
    expect(fromStart).toEqual(planRenewal('2026-12-30', today, 7));
    expect(fromStart.state).toBe('renew-soon');
  });

  test.each([
    ['', '30', 'empty'],
    ['2027-02-29', '30', 'nonexistent'],
    ['1999-12-31', '30', 'out-of-range'],
    ['2027/02/01', '30', 'malformed'],
    ['2027-02-01', '', 'days'],
    ['2027-02-01', '0', 'days'],
    ['2027-02-01', '366', 'days'],
    ['2027-02-01', '-1', 'days'],
    ['2027-02-01', '30.5', 'days'],
    ['2027-02-01', '1e2', 'days'],
    ['2027-02-01', '３０', 'days'], // full-width digits
    ['2027-02-01', '三十', 'days'],
  ])('start %j, days %j → %s', (start, days, problem) => {
    expect(planFromStart(start, days, day('2027-01-01'), 7)).toEqual({ ok: false, problem });
  });

  test('a lead the reminder does not offer is refused here too', () => {
    expect(planFromStart('2027-02-01', '30', day('2027-01-01'), 3)).toEqual({ ok: false, problem: 'lead' });
  });
});

describe('planSavedRenewal', () => {
  const today = day('2027-02-10');
  const saved = (values: Partial<Parameters<typeof planSavedRenewal>[0]>) =>
    planSavedRenewal({ expiry: null, start: null, days: null, lead: null, ...values }, today);

  test('nothing saved → null', () => {
    expect(saved({})).toBeNull();
    expect(saved({ lead: '14', days: '30' })).toBeNull();
  });

  test.each([
    ['2027-03-01', null, 7, '2027-02-22'], // no saved lead: the site's rule
    ['2027-03-01', '14', 14, '2027-02-15'],
  ])('saved %s with lead %j → lead %i, renew by %s', (expiry, lead, leadDays, renewBy) => {
    const plan = expectPlan(saved({ expiry, lead }));
    expect(plan.leadDays).toBe(leadDays);
    expect(toIsoDate(plan.renewBy)).toBe(renewBy);
    expect(plan.start).toBeUndefined();
  });

  test('a saved start date and length give the start-date plan', () => {
    const plan = expectPlan(saved({ start: '2027-02-01', days: '30', lead: '10' }));
    expect([toIsoDate(plan.expiry), toIsoDate(plan.renewBy), plan.start?.days]).toEqual([
      '2027-03-02',
      '2027-02-20',
      30,
    ]);
  });

  test.each([
    [{ expiry: '' }],
    [{ expiry: 'garbage' }],
    [{ expiry: '{"expiry":"2027-03-01"}' }],
    [{ expiry: '2025-02-30' }],
    [{ expiry: '1900-01-01', lead: '7' }],
    [{ expiry: '2027-03-01', lead: '3' }],
    [{ expiry: '2027-03-01', lead: 'abc' }],
    [{ expiry: '2027-03-01', lead: '' }],
    [{ start: '2027-02-01' }],
    [{ start: '2027-02-01', days: '400' }],
    [{ start: '2027-02-30', days: '30' }],
  ])('saved %j → saved-unreadable', (values) => {
    expect(saved(values)).toEqual({ ok: false, problem: 'saved-unreadable' });
  });
});

describe('calendarToday and calendarDaysBetween', () => {
  test.each([
    [new Date(2027, 1, 10, 0, 0, 0), '2027-02-10'],
    [new Date(2027, 1, 10, 23, 59, 59), '2027-02-10'],
    [new Date(2026, 11, 31, 12, 0), '2026-12-31'],
  ])('the reader’s local calendar day of %s is %s', (now, iso) => {
    expect(toIsoDate(calendarToday(now))).toBe(iso);
  });

  test.each([
    ['2027-02-10', '2027-02-10', 0],
    ['2027-02-10', '2027-03-10', 28],
    ['2028-02-10', '2028-03-10', 29],
    ['2026-03-01', '2026-03-31', 30], // across the US and EU summer-time starts
    ['2026-10-20', '2026-11-10', 21], // across their ends
    ['2000-01-01', '2100-12-31', 36_889],
    ['2027-03-10', '2027-02-10', -28],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(calendarDaysBetween(day(from), day(to))).toBe(days);
  });
});

describe('properties', () => {
  const first = Date.UTC(2000, 0, 1);
  const dayCount = (Date.UTC(2100, 11, 31) - first) / 86_400_000 + 1;
  /** Day `index` of 2000-01-01 … 2100-12-31 as `YYYY-MM-DD`, computed without dayjs. */
  const isoOfIndex = (index: number) => new Date(first + index * 86_400_000).toISOString().slice(0, 10);

  test('renew-by plus the lead is the expiry date (fast-check, random dates, leads and todays)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: dayCount - 1 }),
        fc.constantFrom(7, 10, 14),
        fc.integer({ min: 0, max: dayCount - 1 }),
        (index, lead, todayIndex) => {
          const expiry = isoOfIndex(index);
          const plan = expectPlan(planRenewal(expiry, day(isoOfIndex(todayIndex)), lead));
          expect(toIsoDate(plan.renewBy)).toBe(isoPlusDays(expiry, -lead));
          expect(toIsoDate(plan.renewBy.add(lead, 'day'))).toBe(expiry);
          expect(plan.daysUntilExpiry).toBe(index - todayIndex);
          expect(plan.daysUntilExpiry - plan.daysUntilRenewBy).toBe(lead);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  test(
    'renew-by plus the lead is the expiry date for every date from 2000 to 2100 and every lead',
    { timeout: 60_000 },
    () => {
      const today = day('2050-06-15');
      const wrong: string[] = [];
      for (let index = 0; index < dayCount; index += 1) {
        const expiry = isoOfIndex(index);
        for (const lead of [7, 10, 14]) {
          const plan = planRenewal(expiry, today, lead);
          if (
            !plan.ok ||
            toIsoDate(plan.renewBy) !== isoPlusDays(expiry, -lead) ||
            toIsoDate(plan.renewBy.add(lead, 'day')) !== expiry
          ) {
            wrong.push(`${expiry} − ${lead}`);
          }
        }
      }
      expect(dayCount).toBe(36_890);
      expect(wrong).toEqual([]);
      // About 110,000 plans: a second on an idle machine, several when others share its two cores.
    },
  );

  test('start + days − 1 is the expiry date for random start dates and lengths (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: dayCount - 1 }),
        fc.integer({ min: 1, max: 365 }),
        fc.constantFrom(7, 10, 14),
        (index, days, lead) => {
          const start = isoOfIndex(index);
          const plan = expectPlan(planFromStart(start, String(days), day('2050-06-15'), lead));
          expect(toIsoDate(plan.expiry)).toBe(isoPlusDays(start, days - 1));
          expect(toIsoDate(plan.renewBy)).toBe(isoPlusDays(start, days - 1 - lead));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  test('any text and any lead give a plan with real dates and whole numbers, or a problem; never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
        fc.oneof(fc.integer(), fc.double()),
        (text, lead) => {
          const result = planRenewal(text, day('2027-01-01'), lead);
          if (!result.ok) {
            expect(typeof result.problem).toBe('string');
            return;
          }
          expect(result.renewBy.isValid() && result.expiry.isValid()).toBe(true);
          expect(Number.isInteger(result.daysUntilRenewBy) && Number.isInteger(result.daysUntilExpiry)).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
