import { describe, expect, test } from 'vitest';
import { parseIsoDate } from '../../../src/lib/dates/calendar-date.ts';
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
    // expiry, today, lead, status, renew-by, distance, expiry (Chinese), number in the advice
    ['2027-03-01', '2027-02-10', 7, '时间充足', '2027年2月22日 星期一', '还有 12 天', '2027年3月1日 星期一', null],
    ['2027-02-18', '2027-02-10', 7, '快到续费日了', '2027年2月11日 星期四', '还有 1 天', '2027年2月18日 星期四', '1'],
    ['2027-02-20', '2027-02-10', 7, '快到续费日了', '2027年2月13日 星期六', '还有 3 天', '2027年2月20日 星期六', '3'],
    ['2027-02-17', '2027-02-10', 7, '现在就续费', '2027年2月10日 星期三', '就是今天', '2027年2月17日 星期三', '7'],
    ['2027-02-12', '2027-02-10', 7, '现在就续费', '2027年2月5日 星期五', '已经过去 5 天', '2027年2月12日 星期五', '2'],
    [
      '2027-02-10',
      '2027-02-10',
      10,
      '套餐今天到期',
      '2027年1月31日 星期日',
      '已经过去 10 天',
      '2027年2月10日 星期三',
      null,
    ],
    [
      '2027-02-07',
      '2027-02-10',
      14,
      '套餐已经过期',
      '2027年1月24日 星期日',
      '已经过去 17 天',
      '2027年2月7日 星期日',
      '3',
    ],
    ['2028-03-07', '2028-01-01', 7, '时间充足', '2028年2月29日 星期二', '还有 59 天', '2028年3月7日 星期二', null],
  ])(
    'expiry %s, today %s, lead %i → %s',
    (expiry, today, lead, status, renewBy, distance, expiryText, adviceNumber) => {
      const summary = describeRenewal(plan(expiry, today, lead), reminderWording);
      expect(summary).toMatchObject({ status, renewBy, distance, expiry: expiryText });
      expect(summary.advice).not.toMatch(/[{}]|NaN|undefined|Invalid/);
      if (adviceNumber) expect(summary.advice).toContain(` ${adviceNumber} 天`);
      expect(summary.basis).toBe('');
    },
  );

  test('only plenty of time says there is plenty of time', () => {
    const plenty = Object.entries(reminderWording.advice).filter(([, advice]) => advice.includes('充足'));
    expect(plenty.map(([state]) => state)).toEqual(['plenty-of-time']);
  });

  test('a plan worked out from its start date says how', () => {
    const summary = describeRenewal(
      planOf(planFromStart('2026-12-01', '30', parseIsoDate('2026-12-01')!, 7)),
      reminderWording,
    );
    expect(summary).toMatchObject({ renewBy: '2026年12月23日 星期三', expiry: '2026年12月30日 星期三' });
    expect(summary.basis).toBe('按 2026年12月1日 开始、共 30 天推算的最后一整天');
  });

  test('each state has its own status and advice', () => {
    const states = ['plenty-of-time', 'renew-soon', 'renew-now', 'expires-today', 'expired'] as const;
    expect(new Set(states.map((state) => reminderWording.status[state])).size).toBe(5);
    expect(new Set(states.map((state) => reminderWording.advice[state])).size).toBe(5);
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
    (_, text) => {
      expect(text).not.toMatch(/[\u4e00-\u9fff][,.;:!?()]|[,.;:!?()][\u4e00-\u9fff]/);
      expect(text).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9{]|[A-Za-z0-9}][\u4e00-\u9fff]/);
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(1);
    },
  );
});
