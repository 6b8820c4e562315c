import { describe, expect, test } from 'vitest';
import { findTerms, mainlandOnlyTerms, watchTerms } from '../../../src/lib/editions/mainland-terms.ts';
import { toTraditionalChinese, traditionalOverrides } from '../../../src/lib/editions/traditional-chinese.ts';

describe('findTerms', () => {
  test('finds each listed term once', () => {
    expect(findTerms('請按北京時間續費，北京時間 23:59 到期；先聯網', mainlandOnlyTerms)).toEqual(['聯網', '北京時間']);
  });

  test('ignores a term inside a phrase the conversion keeps on purpose', () => {
    expect(findTerms('通過稽核後才能啟用', mainlandOnlyTerms)).toEqual([]);
    expect(findTerms('通過稽核後，通過官方管道付款', mainlandOnlyTerms)).toEqual(['通過']);
  });

  test('finds none in the guide’s wording once converted', () => {
    expect(
      findTerms(toTraditionalChinese('通过官方渠道付款前先联网，按北京时间算，不要发到聊天群里'), mainlandOnlyTerms),
    ).toEqual([]);
  });
});

describe('the lists', () => {
  test('name each term once, and no term in both', () => {
    expect(new Set(mainlandOnlyTerms).size).toBe(mainlandOnlyTerms.length);
    expect(new Set(watchTerms).size).toBe(watchTerms.length);
    expect(watchTerms.filter((term) => mainlandOnlyTerms.includes(term))).toEqual([]);
  });

  test.each(traditionalOverrides.map(([wrong, right]) => [wrong, right]))(
    'the override %s → %s writes no mainland-only term',
    (_, right) => {
      expect(findTerms(right, mainlandOnlyTerms)).toEqual([]);
    },
  );
});
