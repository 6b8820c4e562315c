import { formatChineseDate } from '../dates/calendar-date.ts';
import { providerFinderName } from '../../site.config.ts';
import { MAX_YEAR, MIN_YEAR, type RenewalPlan, type RenewalProblem, type RenewalState } from './renewal.ts';

/**
 * Every sentence the renewal reminder shows or writes into its calendar file, with `{name}` slots.
 * The page carries this as a JSON data block (`<script type="application/json" data-wording>`), so the Chinese text is not repeated in the
 * widget's JavaScript, which must stay under 6,000 bytes gzip.
 */
export const reminderWording = {
  /** Above a renew-by date still ahead; once it is today or past, the headline names the state itself. */
  status: {
    'plenty-of-time': '时间充足',
    'renew-soon': '快到续费日了',
  } satisfies Partial<Record<RenewalState, string>>,
  /** The largest line: the renew-by date while it is ahead, otherwise what to do now (never a past date). */
  headline: {
    'plenty-of-time': '{renewBy}前续费',
    'renew-soon': '{renewBy}前续费',
    'renew-now': '今天就续费',
    'expires-today': '今天到期：马上续费',
    expired: '套餐已过期：先看还能不能充值',
  } satisfies Record<RenewalState, string>,
  distance: {
    ahead: '最晚续费日还有 {days} 天',
    today: '最晚续费日就是今天',
    past: '最晚续费日是 {renewBy}，已经过去 {days} 天',
  },
  advice: {
    'plenty-of-time': '把最晚续费日加到日历里，到那天或更早按四个步骤续费即可。',
    'renew-soon': `离最晚续费日只剩 {renewDays} 天。趁现在还有网络，先找到你的${providerFinderName}，最好今天就续费。`,
    'renew-now': '套餐还有 {days} 天到期，趁还有网络赶快办完。',
    'expires-today': '到期时刻按产品规定的时区计算，不一定是巴库的午夜。',
    expired: '套餐已经过期 {days} 天。怎么补救要看是哪一种：',
  } satisfies Record<RenewalState, string>,
  /** After the expiry date when it was worked out from the start date and the plan's length. */
  fromStart: '按 {start} 开始、共 {days} 天推算的最后一整天',
  messages: {
    empty: '请先填写套餐的到期日。',
    'empty-start': '请先填写开始使用日期。',
    malformed: '日期格式不对：请按“年-月-日”填写，例如 2027-03-01。',
    nonexistent: '这一天不存在，请检查月份和日期（例如 2 月没有 30 日）。',
    incomplete: '日期没有填完整，或者这一天不存在。请检查年、月、日。',
    'out-of-range': `年份要在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间，请检查年份。`,
    lead: '提前天数只能从列表里选。',
    days: '套餐天数要填 1 到 365 之间的整数，例如 30。',
    'saved-unreadable': '这个浏览器里保存的日期无法读取，已经删除。请重新填写。',
    forgotten: '已经忘记保存的日期，这个浏览器里不再留有它。',
  } satisfies Record<RenewalProblem | 'empty-start' | 'forgotten', string>,
  calendar: {
    summary: '续费阿塞拜疆 eSIM（套餐 {expiry} 到期）',
    description: '今天是最晚续费日：套餐 {expiry} 到期，提前 {lead} 天续费。\n续费的四个步骤：{url}',
    fromStart: '到期日是按 {start} 开始、共 {days} 天推算的最后一整天。',
    alarm: '明天是阿塞拜疆 eSIM 的最晚续费日。',
  },
};

/** The shape of `reminderWording`, as the widget reads it back from the page. */
export type ReminderWording = typeof reminderWording;

/** What the reminder shows for a plan. */
export interface RenewalSummary {
  /** Empty once the renew-by date is today or past: the headline then says the state. */
  status: string;
  /** The largest line: `2027年2月22日 星期一前续费`, or the action once that date is today or past. */
  headline: string;
  /** Where the renew-by date stands, e.g. `最晚续费日还有 38 天`; the date itself once it is today or past. */
  distance: string;
  expiry: string;
  /** How the expiry date was worked out from the start date; empty when the reader typed it. */
  basis: string;
  advice: string;
}

/** Replaces each `{name}` slot in `template` with its value. */
export function fillSlots(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}

/** Puts a plan into words: the state, both dates with their weekdays, the distance and what to do now. */
export function describeRenewal(plan: RenewalPlan, wording: ReminderWording): RenewalSummary {
  const days = plan.daysUntilRenewBy;
  const distance = wording.distance[days > 0 ? 'ahead' : days === 0 ? 'today' : 'past'];
  const renewBy = formatChineseDate(plan.renewBy, { weekday: true });
  const status: Partial<Record<RenewalState, string>> = wording.status;
  return {
    status: status[plan.state] ?? '',
    headline: fillSlots(wording.headline[plan.state], { renewBy }),
    distance: fillSlots(distance, { days: Math.abs(days), renewBy }),
    expiry: formatChineseDate(plan.expiry, { weekday: true }),
    basis: plan.start ? fillSlots(wording.fromStart, startSlots(plan.start)) : '',
    advice: fillSlots(wording.advice[plan.state], { days: Math.abs(plan.daysUntilExpiry), renewDays: days }),
  };
}

/** The slots `{start}` and `{days}` of a plan worked out from its start date. */
export function startSlots(start: NonNullable<RenewalPlan['start']>): Record<string, string | number> {
  return { start: formatChineseDate(start.date), days: start.days };
}
