import { z } from 'astro/zod';
import {
  calendarDate,
  descriptionLength,
  draftField,
  officialSourcesFirst,
  officialSourcesFirstMessage,
  sourceSchema,
  unknownFieldsError,
} from '../articles/schema.ts';

/**
 * The frontmatter of a provider page in `content/providers/`: one eSIM seller, Azerbaijani operator or
 * shopping platform, and what a reader needs to renew with it. Any fact may be the words `没找到官方说明`:
 * the team found no source for it (which does not mean the seller never published it), so the page shows it
 * as unknown instead of a guess. Every field is explained in CONTRIBUTING.md.
 */

/** What an editor writes for a fact no source gives, and what the page shows: not found, never "not published". */
export const unknownFact = '没找到官方说明';

/** The fields a provider file may use, in the order CONTRIBUTING.md explains them. */
export const providerFields = [
  'name',
  'aliases',
  'kind',
  'summary',
  'verified',
  'renewable',
  'renewableNote',
  'steps',
  'joining',
  'joiningNote',
  'validityStarts',
  'expiryClock',
  'afterExpiry',
  'afterExpiryNote',
  'leftover',
  'leftoverNote',
  'leftoverSource',
  'checkUsage',
  'payment',
  'paymentNote',
  'support',
  'prepare',
  'renewLink',
  'sources',
  'draft',
] as const;

/** What kind of business it is; the finder and the table group providers by it. */
export const providerKinds = ['旅行 eSIM', '当地运营商', '购物平台'] as const;
/** Whether a plan on the same eSIM or line can be renewed or topped up. */
export const renewableAnswers = ['可以', '不能', '看产品', unknownFact] as const;
/** How a new plan joins the one running now. */
export const joiningAnswers = ['叠加', '排队', '立即生效', '看产品', unknownFact] as const;

/** What happens to the data left on a plan when it ends. */
export const leftoverAnswers = ['到期作废', '转入下一期', '看产品', unknownFact] as const;

/** A provider is not considered checked after this many days; `npm run lint:content` lists it for a new check. */
export const reverifyAfterDays = 180;

const listed = (values: readonly string[]) => values.join('、');

function choice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { error: `${field}只能写 ${listed(values)} 之一（找不到来源时写 ${unknownFact}）。` });
}

function text(field: string, example: string) {
  return z
    .string({ error: `${field}要写成一段文字，例如：${example}` })
    .trim()
    .min(2, `${field}太短：请写一句完整的话（找不到来源时写 ${unknownFact}）。`);
}

/** A list of short items, or `没找到官方说明` when no source lists them. */
function listOrUnknown(field: string, example: string) {
  return z.union(
    [
      z.literal(unknownFact),
      z.array(text(`${field}的每一项`, example)).min(1, `${field}至少写一项，或者写 ${unknownFact}。`),
    ],
    { error: `${field}要写成列表，例如 [${example}]；找不到来源时写 ${unknownFact}。` },
  );
}

const step = z
  .object(
    {
      title: text('steps 的 title（步骤标题）', '打开 App，登录购买时的账户'),
      text: text('steps 的 text（步骤说明）', '在“我的 eSIM”里找到正在用的这张 eSIM。'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `steps 里的未知字段 ${issue.keys.join('、')}：每一步只能写 title 和 text。`
          : undefined,
    },
  )
  .strict();

export const providerSchema = z
  .object(
    {
      /** The name as the seller writes it, e.g. `Airalo`, `Trip.com（携程）`. */
      name: z
        .string({ error: 'name（名称）必填：写商家或运营商自己用的名称，例如 Airalo。' })
        .trim()
        .min(2, 'name（名称）太短。')
        .max(30, 'name（名称）太长：请控制在 30 个字以内。'),
      /** Other names readers type into search, e.g. `[携程, 携程旅行]`. */
      aliases: z
        .array(text('aliases（别名）的每一项', '携程'), { error: 'aliases（别名）要写成列表，例如 [携程, Trip]。' })
        .default([]),
      kind: choice('kind（类型）', providerKinds),
      /** One sentence for the table, lists and search results. */
      summary: z
        .string({ error: 'summary（一句话摘要）必填：一句话说清这是谁、怎样续费。' })
        .trim()
        .min(
          descriptionLength.min,
          `summary（一句话摘要）太短：请写 ${descriptionLength.min} 到 ${descriptionLength.max} 个字。`,
        )
        .max(descriptionLength.max, `summary（一句话摘要）太长：请控制在 ${descriptionLength.max} 个字以内。`),
      /** The day the page was last put together from its sources (shown as 资料整理于). */
      verified: calendarDate('verified（资料整理日期）'),
      renewable: choice('renewable（能否续费）', renewableAnswers),
      renewableNote: text('renewableNote（能否续费的说明）', '没有“充值”按钮的 eSIM 不能续费。').optional(),
      /** The renewal path, as the app or site shows it. */
      steps: z.array(step, { error: 'steps（续费步骤）要写成列表，每一步有 title 和 text。' }).default([]),
      joining: choice('joining（新套餐怎么接上）', joiningAnswers),
      joiningNote: text('joiningNote（新套餐怎么接上的说明）', '新套餐要等旧套餐到期或流量用完后才开始。').optional(),
      /** When validity starts: install, first connection, purchase … */
      validityStarts: text('validityStarts（有效期从何时开始）', '第一次连上当地网络时开始计算。'),
      /** Which clock ends it: 24-hour blocks from activation, calendar days in UTC+8 … */
      expiryClock: text('expiryClock（按什么时间到期）', '从激活那一刻起按 24 小时一天计算。'),
      afterExpiry: choice('afterExpiry（过期后还能充值吗）', renewableAnswers),
      afterExpiryNote: text('afterExpiryNote（过期后的说明）', '过期后 90 天内仍可充值。').optional(),
      /** What happens to the data left on a plan when it ends, and the source that says so. */
      leftover: choice('leftover（剩下的流量会怎样）', leftoverAnswers),
      leftoverNote: text('leftoverNote（剩下的流量的说明）', '有效期结束后，没用完的流量不能再用。').optional(),
      leftoverSource: z
        .string({ error: 'leftoverSource（剩下的流量的来源）要写成网址：复制 sources 里说明这件事的那个来源的 url。' })
        .trim()
        .optional(),
      checkUsage: listOrUnknown('checkUsage（怎样查剩余流量和到期时间）', 'App：我的 eSIM › 详情'),
      payment: listOrUnknown('payment（付款方式）', 'Visa, Mastercard'),
      paymentNote: text('paymentNote（付款的说明）', '以官方结账页实际显示的为准。').optional(),
      support: text('support（客服渠道）', 'App 里的在线客服，或发邮件到官网列出的地址。'),
      /** What to have ready before contacting support. */
      prepare: z
        .array(text('prepare（联系客服前要准备的）的每一项', 'ICCID'), {
          error: 'prepare 要写成列表，例如 [ICCID, 订单号]。',
        })
        .default([]),
      /** The official place where the renewal happens (the web account, order list or app page), one of the sources. */
      renewLink: z
        .object(
          {
            url: z
              .string({ error: 'renewLink 的 url（续费入口的网址）必填：写官方续费入口的完整网址，以 https:// 开头。' })
              .trim()
              .url('renewLink 的 url（续费入口的网址）不是有效的网址：请从浏览器地址栏完整复制，以 https:// 开头。')
              .startsWith('https://', 'renewLink 的 url（续费入口的网址）必须以 https:// 开头。'),
            where: text(
              'renewLink 的 where（打开后去哪里点）',
              '登录购买时的账户，在 My eSIMs 里点这张 eSIM 的 Top up。',
            ),
          },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? `renewLink 里的未知字段 ${issue.keys.join('、')}：只能写 url 和 where。`
                : 'renewLink（续费入口）要写成 url 和 where 两项；没有找到官方续费入口时，整项不写，页面会改成指向客服。',
          },
        )
        .strict()
        .optional(),
      sources: z
        .array(sourceSchema, {
          error: 'sources（来源）必填：至少写一个来源，每个来源有 title、url、checked、official。',
        })
        .min(1, 'sources（来源）至少要有一个：每条事实都要有出处，官方来源写在最前面。'),
      draft: draftField,
    },
    unknownFieldsError(providerFields),
  )
  .strict()
  // 看产品 without steps is a seller whose product pages differ and none of which gives steps (KKday): the
  // note must then say what the pages the team read do say.
  .refine(
    (data) =>
      data.steps.length > 0 ||
      data.renewable === '不能' ||
      data.renewable === unknownFact ||
      (data.renewable === '看产品' && data.renewableNote !== undefined),
    {
      message:
        'steps（续费步骤）不能为空：renewable 写了可以，就要写出在 App 或网站上怎样一步一步续费；写了看产品而没有官方步骤时，要在 renewableNote 里写明本站看到的商品页各怎样规定。',
      path: ['steps'],
    },
  )
  .refine((data) => officialSourcesFirst(data.sources), { message: officialSourcesFirstMessage, path: ['sources'] })
  .refine(
    (data) => !data.renewLink || data.sources.some((entry) => entry.official && entry.url === data.renewLink!.url),
    {
      message:
        'renewLink 的 url（续费入口的网址）必须和 sources 里一个官方来源（official: true）的 url 完全相同：先把这个入口作为官方来源写进 sources，标题写明是哪个官方页面给出了它；找不到官方入口就不写 renewLink，不要猜网址。',
      path: ['renewLink', 'url'],
    },
  )
  .refine((data) => data.sources.every((entry) => entry.checked <= data.verified), {
    message:
      'sources 里的 checked（读取日期）不能晚于 verified（资料整理日期）：资料整理日期是最后一次对照全部来源整理这一页的那一天。',
    path: ['verified'],
  })
  .refine((data) => data.leftover === unknownFact || data.leftoverSource !== undefined, {
    message: `leftoverSource（剩下的流量的来源）必填：leftover 写了答案，就要写出说明它的来源网址（找不到来源时 leftover 写 ${unknownFact}）。`,
    path: ['leftover'],
  })
  .refine(
    (data) =>
      data.leftoverSource === undefined ||
      data.sources.length === 0 ||
      data.sources.some((entry) => entry.url === data.leftoverSource),
    {
      message: 'leftoverSource（剩下的流量的来源）要和 sources 里某个来源的 url 完全一样：先把这个来源写进 sources。',
      path: ['leftoverSource'],
    },
  );

export type ProviderData = z.output<typeof providerSchema>;
