import { describe, expect, test } from 'vitest';
import {
  duplicateOrders,
  nextReadingOrder,
  readingNeighbours,
  sortByReadingOrder,
} from '../../../src/lib/articles/reading-order.ts';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('sortByReadingOrder', () => {
  test('sorts by order and breaks ties by id, without changing the input', () => {
    const items = [entry('faq', 5), entry('b', 2), entry('a', 2), entry('intro', 1)];
    expect(sortByReadingOrder(items).map((item) => item.id)).toEqual(['intro', 'a', 'b', 'faq']);
    expect(items[0]!.id).toBe('faq');
  });
});

describe('duplicateOrders', () => {
  test('names every order used twice, with its ids', () => {
    const clashes = duplicateOrders([entry('a', 1), entry('b', 2), entry('c', 2), entry('d', 3), entry('e', 1)]);
    expect(clashes).toEqual([
      { order: 1, ids: ['a', 'e'] },
      { order: 2, ids: ['b', 'c'] },
    ]);
  });

  test('is empty when every order is unique', () => {
    expect(duplicateOrders([entry('a', 1), entry('b', 2)])).toEqual([]);
  });
});

describe('readingNeighbours', () => {
  const sorted = [entry('one', 1), entry('two', 2), entry('three', 3)];

  test.each([
    ['one', undefined, 'two'],
    ['two', 'one', 'three'],
    ['three', 'two', undefined],
  ])('%s: previous %s, next %s', (id, previous, next) => {
    const neighbours = readingNeighbours(sorted, id);
    expect(neighbours.previous?.id).toBe(previous);
    expect(neighbours.next?.id).toBe(next);
  });

  test('an unknown id has no neighbours', () => {
    expect(readingNeighbours(sorted, 'missing')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('nextReadingOrder', () => {
  test('is one past the highest order', () => {
    expect(nextReadingOrder([entry('a', 3), entry('b', 7), entry('c', 1)])).toBe(8);
  });

  test('starts at 1 for an empty collection', () => {
    expect(nextReadingOrder([])).toBe(1);
  });
});
