import { describe, expect, test } from 'vitest';
import { formatChineseDate, parseIsoDate } from '../../../src/lib/dates/calendar-date.ts';
import { describeRenewal, fillSlots, reminderWording } from '../../../src/lib/reminder/wording.ts';
import { planFromStart, planRenewal, type RenewalPlan, type RenewalResult } from '../../../src/lib/reminder/renewal.ts';

function plan(expiry: string, today: string, lead: number): RenewalPlan {
  return planOf(planRenewal(expiry, parseIsoDate(today)!, lead));
}

function planOf(result: RenewalResult): RenewalPlan {
  if (!result.ok) throw new Error(result.problem);
  return result;
}

/** Every string in the wording, with where it sits. */
function allWording(): [string, string][] {
  const walk = (value: unknown, path: string): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as object).flatMap(([key, inner]) => walk(inner, `${path}.${key}`));
  return walk(reminderWording, 'reminderWording');
}

describe('describeRenewal', () => {
  test.each([
    // expiry, today, lead, status, headline, distance, expiry (Chinese), number in the advice
    [
      '2027-03-01',
      '2027-02-10',
      7,
      '时间充足',
      '2027年2月22日 星期一前续费',
      '最晚续费日还有 12 天',
      '2027年3月1日 星期一',
      null,
    ],
    [
      '2027-02-18',
      '2027-02-10',
      7,
      '快到续费日了',
      '2027年2月11日 星期四前续费',
      '最晚续费日还有 1 天',
      '2027年2月18日 星期四',
      '1',
    ],
    [
      '2027-02-20',
      '2027-02-10',
      7,
      '快到续费日了',
      '2027年2月13日 星期六前续费',
      '最晚续费日还有 3 天',
      '2027年2月20日 星期六',
      '3',
    ],
    ['2027-02-17', '2027-02-10', 7, '', '今天就续费', '最晚续费日就是今天', '2027年2月17日 星期三', '7'],
    [
      '2027-02-12',
      '2027-02-10',
      7,
      '',
      '今天就续费',
      '最晚续费日是 2027年2月5日 星期五，已经过去 5 天',
      '2027年2月12日 星期五',
      '2',
    ],
    [
      '2027-02-10',
      '2027-02-10',
      10,
      '',
      '今天到期：马上续费',
      '最晚续费日是 2027年1月31日 星期日，已经过去 10 天',
      '2027年2月10日 星期三',
      null,
    ],
    [
      '2027-02-07',
      '2027-02-10',
      14,
      '',
      '套餐已过期：先看还能不能充值',
      '最晚续费日是 2027年1月24日 星期日，已经过去 17 天',
      '2027年2月7日 星期日',
      '3',
    ],
    [
      '2028-03-07',
      '2028-01-01',
      7,
      '时间充足',
      '2028年2月29日 星期二前续费',
      '最晚续费日还有 59 天',
      '2028年3月7日 星期二',
      null,
    ],
  ])(
    'expiry %s, today %s, lead %i → %j, %s',
    (expiry, today, lead, status, headline, distance, expiryText, adviceNumber) => {
      const summary = describeRenewal(plan(expiry, today, lead), reminderWording);
      expect(summary).toMatchObject({ status, headline, distance, expiry: expiryText });
      expect(summary.advice).not.toMatch(/[{}]|NaN|undefined|Invalid/);
      if (adviceNumber) expect(summary.advice).toContain(` ${adviceNumber} 天`);
      expect(summary.basis).toBe('');
    },
  );

  test('only plenty of time says there is plenty of time', () => {
    const { status, headline, advice } = reminderWording;
    const plenty = [status, headline, advice].flatMap((texts) =>
      Object.entries(texts).filter(([, text]) => text.includes('充足')),
    );
    expect(plenty.map(([state]) => state)).toEqual(['plenty-of-time']);
  });

  test('a plan worked out from its start date says how', () => {
    const summary = describeRenewal(
      planOf(planFromStart('2026-12-01', '30', parseIsoDate('2026-12-01')!, 7)),
      reminderWording,
    );
    expect(summary).toMatchObject({ headline: '2026年12月23日 星期三前续费', expiry: '2026年12月30日 星期三' });
    expect(summary.basis).toBe('按 2026年12月1日 开始、共 30 天推算的最后一整天');
  });

  test('each state has its own advice, and each state after the renew-by date its own headline', () => {
    const states = ['plenty-of-time', 'renew-soon', 'renew-now', 'expires-today', 'expired'] as const;
    expect(new Set(states.map((state) => reminderWording.advice[state])).size).toBe(5);
    expect(new Set(states.map((state) => reminderWording.headline[state])).size).toBe(4);
  });
});

/** The dates written in `text` (`2027年2月5日`), as `YYYY-MM-DD`. */
function datesIn(text: string): string[] {
  return [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(([, year, month, day]) =>
    [year, month!.padStart(2, '0'), day!.padStart(2, '0')].join('-'),
  );
}

describe('the headline is what to do now, never a date before today', () => {
  const today = '2027-02-10';
  const cases = [
    // days from today to expiry (lead 7), state, headline
    [30, 'plenty-of-time', '2027年3月5日 星期五前续费'],
    [8, 'renew-soon', '2027年2月11日 星期四前续费'],
    [7, 'renew-now', '今天就续费'],
    [3, 'renew-now', '今天就续费'],
    [0, 'expires-today', '今天到期：马上续费'],
    [-3, 'expired', '套餐已过期：先看还能不能充值'],
  ] as const;

  test.each(cases)('expiry %i days from today → %s: %s', (days, state, headline) => {
    const expiry = parseIsoDate(today)!.add(days, 'day').format('YYYY-MM-DD');
    const renewal = plan(expiry, today, 7);
    const summary = describeRenewal(renewal, reminderWording);
    expect([renewal.state, summary.headline]).toEqual([state, headline]);
    expect(datesIn(summary.headline).filter((date) => date < today)).toEqual([]);
    // A renew-by date that has passed is still stated, in the smaller line, as passed.
    if (renewal.daysUntilRenewBy < 0) {
      expect(summary.distance).toContain(formatChineseDate(renewal.renewBy, { weekday: true }));
      expect(summary.distance).toMatch(/已经过去 \d+ 天$/);
    }
  });
});

describe('fillSlots', () => {
  test.each([
    ['还有 {days} 天', { days: 3 }, '还有 3 天'],
    ['{a} 和 {a}，{b}', { a: '甲', b: 2 }, '甲 和 甲，2'],
    ['没有空位', { days: 3 }, '没有空位'],
    ['{missing} 留着', {}, '{missing} 留着'],
  ])('%j with %j → %j', (template, values, filled) => {
    expect(fillSlots(template, values)).toBe(filled);
  });
});

describe('reminderWording follows the house style', () => {
  test.each(allWording())(
    '%s uses full-width punctuation and spaces between Chinese and Latin letters or digits',
    (_, template) => {
      // A date slot is filled with digits first and a weekday last (`2027年2月22日 星期一`): judge its edges so.
      const text = fillSlots(template, { renewBy: '1 一', expiry: '1 一' });
      expect(text).not.toMatch(/[\u4e00-\u9fff][,.;:!?()]|[,.;:!?()][\u4e00-\u9fff]/);
      expect(text).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9{]|[A-Za-z0-9}][\u4e00-\u9fff]/);
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(1);
    },
  );
});
