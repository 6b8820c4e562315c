import { expect, test } from 'vitest';
import {
  hashForQuery,
  queryFromHash,
  resultSummary,
  searchWording,
  suggestedQueries,
} from '../../../src/lib/search/query.ts';

test.each([
  ['', ''],
  ['#', ''],
  ['#q=', ''],
  ['#q=%E7%BB%AD%E8%B4%B9', '续费'],
  ['#q=+%E6%B5%81%E9%87%8F+', '流量'],
  ['#q=eSIM+%E6%BC%AB%E6%B8%B8', 'eSIM 漫游'],
  ['#other=1', ''],
])('queryFromHash(%j) → %j', (hash, query) => {
  expect(queryFromHash(hash)).toBe(query);
});

test.each(['续费', 'eSIM 漫游', '100% & ?#'])('hashForQuery and queryFromHash round-trip %j', (query) => {
  expect(queryFromHash(hashForQuery(query))).toBe(query);
});

test.each(['', '   '])('an empty query leaves no fragment (%j)', (query) => {
  expect(hashForQuery(query)).toBe('');
});

test.each([
  ['续费', 3, '找到 3 篇与“续费”有关的指南。'],
  ['续费', 1, '找到 1 篇与“续费”有关的指南。'],
  ['潜水', 0, '没有找到与“潜水”有关的指南。'],
  ['$& $1', 0, '没有找到与“$& $1”有关的指南。'],
])('resultSummary(%j, %i)', (query, count, text) => {
  expect(resultSummary(query, count, searchWording)).toBe(text);
});

test('resultSummary says when more pages than those listed were found', () => {
  expect(resultSummary('续费', 8, searchWording, true)).toBe('先列出与“续费”最有关的 8 篇指南，列表下面可以显示更多。');
  expect(resultSummary('潜水', 0, searchWording, true)).toBe('没有找到与“潜水”有关的指南。');
});

test('resultSummary fills the wording it is given, as a converted page carries it', () => {
  const traditional = { ...searchWording, found: '找到 {count} 篇與「{query}」有關的指南。' };
  expect(resultSummary('續費', 2, traditional)).toBe('找到 2 篇與「續費」有關的指南。');
});

test.each([
  [
    'each tag once, the most used first',
    [['eUICC', '充值'], ['续费', '充值'], ['续费', '流量'], ['续费']],
    6,
    ['续费', '充值', 'eUICC', '流量'],
  ],
  [
    'equally used tags in reading order',
    [
      ['续费', '充值'],
      ['充值', '续费'],
    ],
    6,
    ['续费', '充值'],
  ],
  ['at most the limit', [['a', 'b', 'c']], 2, ['a', 'b']],
  ['nothing without tags', [[], []], 6, []],
])('suggestedQueries: %s', (_, tagLists, limit, expected) => {
  expect(suggestedQueries(tagLists, limit)).toEqual(expected);
});
