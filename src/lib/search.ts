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

/** What the live region announces once results are in. */
export function resultSummary(query: string, count: number): string {
  return count > 0 ? `找到 ${count} 篇与“${query}”有关的指南。` : `没有找到与“${query}”有关的指南。`;
}

/** Words to suggest when nothing matches: the articles' most used tags (ties in reading order). */
export function suggestedQueries(tagLists: readonly (readonly string[])[], limit: number): string[] {
  const uses = new Map<string, number>();
  for (const tag of tagLists.flat()) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  return [...uses].sort(([, a], [, b]) => b - a).slice(0, limit).map(([tag]) => tag);
}
