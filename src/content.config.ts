import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDateFromFrontmatter } from './lib/calendar-date';

/** A calendar date written as `2026-11-25`; kept as that string so no time zone can move it. */
function calendarDate(field: string) {
  return z.union([z.string(), z.date()]).transform((value, context) => {
    const iso = isoDateFromFrontmatter(value);
    if (iso === null) {
      context.addIssue({
        code: 'custom',
        message: `${field} 不是有效日期：请写成 YYYY-MM-DD，例如 2026-11-25，并确认这一天真实存在。`,
      });
      return z.NEVER;
    }
    return iso;
  });
}

/**
 * The frontmatter of an article in `content/`. Every field is explained for editors in
 * CONTRIBUTING.md; fields with a default may be left out.
 */
export const articleSchema = z
  .object({
    /** The page title and `<h1>`: short, specific, in Chinese. */
    title: z
      .string({ error: 'title（标题）必填：请写一个简短的中文标题。' })
      .trim()
      .min(2, 'title（标题）太短：至少 2 个字。')
      .max(40, 'title（标题）太长：请控制在 40 个字以内。'),
    /** One sentence that sums up the article; shown under the title, in lists and in search results. */
    description: z
      .string({ error: 'description（一句话摘要）必填。' })
      .trim()
      .min(20, 'description（一句话摘要）太短：请写 20 到 160 个字，说清这篇文章能帮读者做什么。')
      .max(160, 'description（一句话摘要）太长：请控制在 160 个字以内。'),
    /** The date the article was first published, `YYYY-MM-DD`. */
    pubDate: calendarDate('pubDate（发布日期）'),
    /** The date of the last change a reader would care about; defaults to `pubDate`. */
    updated: calendarDate('updated（更新日期）').optional(),
    /** Position in the reading order: 1 comes first. Every article needs its own number. */
    order: z
      .number({ error: 'order（阅读顺序）必填：请写一个正整数，例如 6。' })
      .int('order（阅读顺序）必须是整数。')
      .positive('order（阅读顺序）必须大于 0。'),
    /** Search words a reader may use for this article, e.g. `[续费, 流量]`. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** `true` keeps the article out of the published site; it still shows in `npm run dev`. */
    draft: z.boolean().default(false),
  })
  .strict()
  .transform((data) => ({ ...data, updated: data.updated ?? data.pubDate }))
  .refine((data) => data.updated >= data.pubDate, {
    message: 'updated（更新日期）不能早于 pubDate（发布日期）。',
    path: ['updated'],
  });

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
    schema: articleSchema,
  }),
};
