import { report, type ContextRule } from '../rule.ts';

/** The dates of an article that no reader can have seen yet: a typo, or a change announced too early. */
export const futureDate: ContextRule = {
  ids: ['future-date'],
  checkInContext({ frontmatter }, file, { today }) {
    const data = frontmatter.data as { pubDate?: string; updated?: string } | null;
    for (const field of ['pubDate', 'updated'] as const) {
      const date = data?.[field];
      const line = frontmatter.fieldLines.get(field);
      if (!date || line === undefined || date <= today) continue;
      report(
        file,
        'future-date',
        line,
        `${field} 是 ${date}，比今天（${today}）还晚：请写实际发布或修改的那一天。如果是打错了，改成今天的日期即可。`,
      );
    }
  },
};
