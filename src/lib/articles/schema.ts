import { z } from 'astro/zod';
import { isoDateFromFrontmatter } from '../dates/calendar-date.ts';

/** The frontmatter fields an article may use, in the order CONTRIBUTING.md explains them. */
export const articleFields = [
  'title',
  'description',
  'pubDate',
  'updated',
  'order',
  'tags',
  'sources',
  'noSourcesReason',
  'draft',
] as const;

/** A title fits a browser tab and a line of the home page's list. */
export const titleLength = { min: 2, max: 40 } as const;

/** A description is shown in search results: long enough to say something, short enough not to be cut. */
export const descriptionLength = { min: 50, max: 160 } as const;

/** A calendar date written as `2026-11-25`; kept as that string so no time zone can move it. */
export function calendarDate(field: string) {
  return z
    .union([z.string(), z.date()], { error: `${field}要写成日期，例如 2026-11-25。` })
    .transform((value, context) => {
      const iso = isoDateFromFrontmatter(value);
      if (iso === null) {
        context.addIssue({
          code: 'custom',
          message: `${field}不是有效日期：“${value}” 这一天不存在或格式不对。请写成 YYYY-MM-DD，例如 2026-11-25。`,
        });
        return z.NEVER;
      }
      return iso;
    });
}

/** `draft: true` keeps a page out of the published site; it still shows in `npm run dev`. */
export const draftField = z.boolean({ error: 'draft（草稿）只能写 true 或 false。' }).default(false);

/** The object options that name a misspelt or unknown field, and the fields `fields` allows. */
export function unknownFieldsError(fields: readonly string[]) {
  return {
    error: (issue: { code?: string; keys?: readonly string[] }) =>
      issue.code === 'unrecognized_keys'
        ? `未知字段 ${issue.keys?.join('、')}：只能使用 ${fields.join('、')}，请检查拼写或删掉这一行。`
        : undefined,
  };
}

/** The fields of one source, in the order CONTRIBUTING.md explains them. */
export const sourceFields = ['title', 'url', 'checked', 'official', 'pageDate', 'archived', 'language'] as const;

/**
 * One source of a page's facts, the same for articles and provider pages: what it is, where, the day the team
 * read it (and whether from a stored copy), the date the page itself carries, and whether it is the seller's or
 * operator's own site. `npm run sources:check` requests every `url`.
 */
export const sourceSchema = z
  .object(
    {
      title: z
        .string({ error: 'sources 的 title（来源名称）要写成一段文字，例如：Airalo 帮助中心：怎样给 eSIM 充值' })
        .trim()
        .min(2, 'sources 的 title（来源名称）太短：写出网站和页面讲的内容，例如“Nar 官网：Nar+ App 与充值方式”。'),
      url: z
        .string({ error: 'sources 的 url（来源网址）必填：请从浏览器地址栏完整复制，以 https:// 开头。' })
        .trim()
        .url('sources 的 url（来源网址）不是有效的网址：请从浏览器地址栏完整复制，以 https:// 开头。')
        .startsWith(
          'https://',
          'sources 的 url（来源网址）必须以 https:// 开头：把 http:// 改成 https://，不支持 https 的网站不能作为来源。',
        ),
      /** The day the team read the page (or its stored copy, see `archived`). */
      checked: calendarDate('sources 的 checked（读取日期）'),
      official: z.boolean({ error: 'sources 的 official 只能写 true（商家或运营商自己的网站）或 false（其他网站）。' }),
      /** The date the page itself carries (published or updated), when it shows one. */
      pageDate: calendarDate('sources 的 pageDate（页面上写的日期）').optional(),
      /** Whether what the team read was a stored copy of the page rather than the live page. */
      archived: z
        .boolean({ error: 'sources 的 archived 只能写 true（读的是页面存档）或 false（读的是网站上的原页面）。' })
        .default(false),
      /** The page's language when it is neither Chinese nor English, e.g. `印地语`. */
      language: z
        .string({ error: 'sources 的 language（页面语言）要写成文字，例如：印地语' })
        .trim()
        .min(2, 'sources 的 language（页面语言）太短：写出语言的中文名称，例如“印地语”。')
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `sources 里的未知字段 ${issue.keys.join('、')}：每个来源只能写 ${sourceFields.join('、')}。`
          : undefined,
    },
  )
  .strict()
  .refine((entry) => entry.pageDate === undefined || entry.pageDate <= entry.checked, {
    message: 'sources 的 pageDate（页面上写的日期）不能晚于 checked（读取日期）：请核对这两个日期。',
    path: ['pageDate'],
  });

export type Source = z.output<typeof sourceSchema>;

/** Whether the official sources (the seller's or operator's own pages) come before all others. */
export const officialSourcesFirst = (sources: readonly Pick<Source, 'official'>[]) =>
  sources.every((entry, index) => entry.official || !sources.slice(index).some((later) => later.official));

/** The message when officialSourcesFirst fails. */
export const officialSourcesFirstMessage =
  'sources（来源）要把官方来源（official: true）写在最前面，其他网站的来源放在后面。';

/**
 * The frontmatter of an article in `content/`, with a Chinese message for every mistake. Every field
 * is explained for editors in CONTRIBUTING.md; fields with a default may be left out.
 */
export const articleSchema = z
  .object(
    {
      /** The page title and `<h1>`: short, specific, in Chinese. */
      title: z
        .string({ error: 'title（标题）必填：请写一个简短的中文标题。' })
        .trim()
        .min(titleLength.min, `title（标题）太短：至少 ${titleLength.min} 个字。`)
        .max(titleLength.max, `title（标题）太长：请控制在 ${titleLength.max} 个字以内。`),
      /** One sentence that sums up the article; shown under the title, in lists and in search results. */
      description: z
        .string({ error: 'description（一句话摘要）必填：请写一句话，说清这篇文章能帮读者做什么。' })
        .trim()
        .min(
          descriptionLength.min,
          `description（一句话摘要）太短：请写 ${descriptionLength.min} 到 ${descriptionLength.max} 个字，说清这篇文章能帮读者做什么（搜索结果里会显示它）。`,
        )
        .max(
          descriptionLength.max,
          `description（一句话摘要）太长：请控制在 ${descriptionLength.max} 个字以内，否则搜索结果会把它截断。`,
        ),
      /** The date the article was first published, `YYYY-MM-DD`. */
      pubDate: calendarDate('pubDate（发布日期）'),
      /** The date of the last change a reader would care about; defaults to `pubDate`. */
      updated: calendarDate('updated（更新日期）').optional(),
      /** Position in the reading order: 1 comes first. Every article needs its own number. */
      order: z
        .number({ error: 'order（阅读顺序）必填：请写一个正整数，例如 6。' })
        .int('order（阅读顺序）必须是整数，例如 6。')
        .positive('order（阅读顺序）必须大于 0。'),
      /** Search words a reader may use for this article, e.g. `[续费, 流量]`. */
      tags: z
        .array(
          z.string({ error: 'tags（关键词）里的每一项都要是文字。' }).trim().min(1, 'tags（关键词）里不能有空项。'),
          {
            error: 'tags（关键词）要写成列表，例如 [续费, 流量]。',
          },
        )
        .default([]),
      /** Where the article's facts come from; shown as 参考资料 under the article. */
      sources: z
        .array(sourceSchema, {
          error: 'sources（参考资料）要写成列表，每个来源有 title、url、checked、official。',
        })
        .default([]),
      /** Why an article lists no sources: it states no fact a reader would need to check. */
      noSourcesReason: z
        .string({ error: 'noSourcesReason（不列参考资料的理由）要写成一句话。' })
        .trim()
        .min(4, 'noSourcesReason（不列参考资料的理由）太短：写一句完整的话，说明这篇文章为什么没有需要出处的事实。')
        .optional(),
      draft: draftField,
    },
    unknownFieldsError(articleFields),
  )
  .strict()
  .transform((data) => ({ ...data, updated: data.updated ?? data.pubDate }))
  .refine((data) => officialSourcesFirst(data.sources), { message: officialSourcesFirstMessage, path: ['sources'] })
  .refine((data) => !(data.noSourcesReason && data.sources.length > 0), {
    message: 'noSourcesReason（不列参考资料的理由）只在 sources 为空时写：列了参考资料，就删掉这一行。',
    path: ['noSourcesReason'],
  })
  .refine((data) => data.updated >= data.pubDate, {
    message: 'updated（更新日期）不能早于 pubDate（发布日期）：请检查两个日期，updated 应该是最后一次修改的日期。',
    path: ['updated'],
  });
