/**
 * The wording and URL state of site search. The query lives in the URL fragment (`#q=…`), which the
 * browser never sends to a server: nothing the reader types leaves the device.
 */

/** Reads the query from a URL fragment such as `#q=%E7%BB%AD%E8%B4%B9`; empty when there is none. */
export function queryFromHash(hash: string): string {
  return (new URLSearchParams(hash.replace(/^#/, '')).get('q') ?? '').trim();
}

/** The URL fragment that restores a query (empty for an empty query). */
export function hashForQuery(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `#${new URLSearchParams({ q: trimmed })}` : '';
}

/**
 * What the search page's script says. The page carries it (`data-wording`), not the script, so the
 * Traditional edition's conversion reaches it.
 */
export const searchWording = {
  found: '找到 {count} 篇与“{query}”有关的指南。',
  foundMore: '先列出与“{query}”最有关的 {count} 篇指南，列表下面可以显示更多。',
  none: '没有找到与“{query}”有关的指南。',
  unavailable: '搜索暂时无法使用，请稍后再试，或者浏览全部指南。',
  offline: '没有网络：这次搜索要用的内容还没存到手机上。全部指南：',
};

/** The shape of `searchWording`, as the script reads it back from the page. */
export type SearchWording = typeof searchWording;

/**
 * What the live region announces once results are in, and after each 显示更多结果 (`more`: some are not shown yet). Not with `fillSlots` (reminder-wording.ts): a module
 * that both the search page's and the reminder's scripts import becomes a chunk of its own, one more request
 * and about 100 bytes over the reminder's JavaScript budget (tried).
 */
export function resultSummary(query: string, count: number, wording: SearchWording, more = false): string {
  const summary = count === 0 ? wording.none : more ? wording.foundMore : wording.found;
  return summary.replace('{count}', String(count)).replace('{query}', () => query);
}

/** Words to suggest when nothing matches: the articles' most used tags (ties in reading order). */
export function suggestedQueries(tagLists: readonly (readonly string[])[], limit: number): string[] {
  const uses = new Map<string, number>();
  for (const tag of tagLists.flat()) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  return [...uses]
    .sort(([, a], [, b]) => b - a)
    .slice(0, limit)
    .map(([tag]) => tag);
}
