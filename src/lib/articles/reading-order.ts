/** Anything with a place in the reading order, shaped like a content-collection entry. */
export interface Ordered {
  id: string;
  data: { order: number };
}

/** Returns a copy sorted by reading order (ties broken by id, so the result is stable). */
export function sortByReadingOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Lists every order number used by more than one item, with the ids that share it. */
export function duplicateOrders(items: readonly Ordered[]): { order: number; ids: string[] }[] {
  const idsByOrder = new Map<number, string[]>();
  for (const { id, data } of items) idsByOrder.set(data.order, [...(idsByOrder.get(data.order) ?? []), id]);
  return [...idsByOrder]
    .filter(([, ids]) => ids.length > 1)
    .map(([order, ids]) => ({ order, ids }))
    .sort((a, b) => a.order - b.order);
}

/** The items before and after `id` in an already sorted list. */
export function readingNeighbours<T extends Ordered>(
  sorted: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = sorted.findIndex((item) => item.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/** The next free order number after the highest one in use. */
export function nextReadingOrder(items: readonly Ordered[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.data.order), 0) + 1;
}
