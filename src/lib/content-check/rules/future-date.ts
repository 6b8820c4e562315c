import { report, type ContextRule } from '../rule.ts';

/** What each date of a fact says happened, for the message: a page put together, a source read, a page dated. */
const factDates: Record<string, string> = {
  verified: '资料整理日期（verified）',
  checked: '来源的读取日期（checked）',
  pageDate: '来源页面上的日期（pageDate）',
};

/**
 * Dates no reader can have seen yet. An article's publishing dates are a warning (a change announced too
 * early); the dates that vouch for facts — when the page was put together, when a source was read, the date
 * a source carries — are an error, because a future one claims a check that has not happened.
 */
export const futureDate: ContextRule = {
  ids: ['future-date', 'future-fact-date'],
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
    for (const { field, text, line } of frontmatter.texts) {
      const what = factDates[field];
      if (what === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text) || text <= today) continue;
      report(
        file,
        'future-fact-date',
        line,
        `${what}是 ${text}，比今天（${today}）还晚：还没发生的事不能当作依据。请改成实际整理资料或读取来源的那一天（不晚于 ${today}）；如果是打错了，改成正确的日期。`,
      );
    }
  },
};
