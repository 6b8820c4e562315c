import { z } from 'astro/zod';
import { isoDateFromFrontmatter } from '../dates/calendar-date.ts';

/** The frontmatter fields an article may use, in the order CONTRIBUTING.md explains them. */
export const articleFields = ['title', 'description', 'pubDate', 'updated', 'order', 'tags', 'draft'] as const;

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
      draft: draftField,
    },
    unknownFieldsError(articleFields),
  )
  .strict()
  .transform((data) => ({ ...data, updated: data.updated ?? data.pubDate }))
  .refine((data) => data.updated >= data.pubDate, {
    message: 'updated（更新日期）不能早于 pubDate（发布日期）：请检查两个日期，updated 应该是最后一次修改的日期。',
    path: ['updated'],
  });
