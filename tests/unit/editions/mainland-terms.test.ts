import { describe, expect, test } from 'vitest';
import {
  countTerms,
  findTerms,
  mainlandOnlyTerms,
  tasteTerms,
  watchTerms,
} from '../../../src/lib/editions/mainland-terms.ts';
import { toTraditionalChinese, traditionalOverrides } from '../../../src/lib/editions/traditional-chinese.ts';
import { computingJargon, phraseErrors, stiffForms } from '../../../src/lib/editions/traditional-errors.ts';

describe('findTerms', () => {
  test('finds each listed term once', () => {
    expect(findTerms('先聯網，再看流量包；流量包用完了先聯網', mainlandOnlyTerms)).toEqual(['聯網', '流量包']);
  });

  test('allows Beijing time only with its offset and that it is Taiwan’s', () => {
    expect(findTerms('依北京時間（UTC+8，與台灣相同）計算', stiffForms)).toEqual([]);
    expect(findTerms('依北京時間計算，台北時間 23:59 到期', stiffForms)).toEqual(['台北時間', '北京時間']);
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

describe('countTerms', () => {
  test('counts each occurrence, in the list’s order, and leaves out what is absent', () => {
    expect([...countTerms('流量包、流量包和聯網', mainlandOnlyTerms)]).toEqual([
      ['聯網', 1],
      ['流量包', 2],
    ]);
  });
});

describe('the lists', () => {
  test('name each term once, and no term in both', () => {
    expect(new Set(mainlandOnlyTerms).size).toBe(mainlandOnlyTerms.length);
    expect(new Set(watchTerms).size).toBe(watchTerms.length);
    expect(watchTerms.filter((term) => mainlandOnlyTerms.includes(term))).toEqual([]);
  });

  test.each(traditionalOverrides.map(([wrong, right]) => [wrong, right]))(
    'the override %s → %s writes no mainland-only term, conversion error or stiff form',
    (_, right) => {
      expect(findTerms(right, [...mainlandOnlyTerms, ...phraseErrors, ...computingJargon, ...stiffForms])).toEqual([]);
    },
  );

  test('every conversion error and jargon term has an override, so that the guard has work to do only on new ones', () => {
    const wrongs = traditionalOverrides.map(([wrong]) => wrong);
    expect(
      [...phraseErrors, ...computingJargon].filter((term) => !wrongs.some((wrong) => wrong.includes(term))),
    ).toEqual([]);
  });

  test('a taste term is never also marked wrong', () => {
    expect(tasteTerms.filter((term) => findTerms(term, [...mainlandOnlyTerms, ...stiffForms]).length > 0)).toEqual([]);
  });
});
