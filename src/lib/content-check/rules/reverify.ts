import { staleProviders } from '../../providers/providers.ts';
import { reverifyAfterDays } from '../../providers/schema.ts';
import { report, type SiteRule } from '../rule.ts';

/**
 * A warning for each provider page verified too long ago. Never an error: a date going by must not turn
 * a check red on a day nobody changed anything.
 */
export const reverify: SiteRule = {
  ids: ['reverify'],
  checkAll(articles, fileFor, { today }) {
    const verifiedOf = new Map(
      articles.flatMap(({ file, isProvider, frontmatter }) => {
        const verified = isProvider ? (frontmatter.data as { verified?: string } | null)?.verified : undefined;
        return verified ? [[file, { verified, line: frontmatter.fieldLines.get('verified') ?? 1 }] as const] : [];
      }),
    );
    const stale = staleProviders(
      [...verifiedOf].map(([file, { verified }]) => ({ id: file, verified })),
      today,
    );
    for (const { id, verified, daysAgo } of stale) {
      report(
        fileFor(id),
        'reverify',
        verifiedOf.get(id)!.line,
        `需要重新核实：资料整理于 ${verified}，已经过去 ${daysAgo} 天（超过 ${reverifyAfterDays} 天）。请逐个打开 sources 里来源的原页面（不是存档），对照页面核对每条事实，改完后把 verified 和各来源的 checked 改成核对那天的日期。`,
      );
    }
  },
};
