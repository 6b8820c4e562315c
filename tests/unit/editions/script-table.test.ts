import { describe, expect, test } from 'vitest';
import { buildScriptTables, scriptConverter } from '../../../src/lib/editions/script-table.ts';
import { toTraditionalChinese } from '../../../src/lib/editions/traditional-chinese.ts';

describe('scriptConverter', () => {
  const convert = scriptConverter([
    ['续', '續'],
    ['费', '費'],
    ['二维码', '行動條碼'],
    ['码', '碼'],
  ]);

  test('takes the longest phrase at each position, else the character, and keeps what the table lacks', () => {
    expect(convert('扫二维码续费')).toBe('扫行動條碼續費');
    expect(convert('码')).toBe('碼');
    expect(convert('eSIM 续费')).toBe('eSIM 續費');
    expect(convert('')).toBe('');
  });
});

describe('buildScriptTables', () => {
  const texts = ['给 eSIM 续费，不用新的二维码。当地运营商的预付费怎么充值？', '网络设置里打开数据漫游。'];
  const { toTraditional, toSimplified } = buildScriptTables(texts, toTraditionalChinese);
  const runs = texts.flatMap((text) => text.match(/\p{Script=Han}+/gu)!);

  test('converts every run of the text, and each of its words, exactly as the edition’s conversion does', () => {
    const convert = scriptConverter(toTraditional);
    for (const text of [...runs, '续费', '二维码', '运营商', '充值', '网络', '数据漫游']) {
      expect(convert(text), text).toBe(toTraditionalChinese(text));
    }
  });

  test('converts the Traditional text back to the Simplified it came from', () => {
    const convert = scriptConverter(toSimplified);
    for (const text of [...runs, '续费', '二维码', '运营商', '充值']) {
      expect(convert(toTraditionalChinese(text)), text).toBe(text);
    }
  });

  test('turns a Traditional phrase with two Simplified sources into the one the text uses most', () => {
    expect(toTraditionalChinese('开启')).toBe(toTraditionalChinese('打开'));
    const convert = (texts: string[]) => scriptConverter(buildScriptTables(texts, toTraditionalChinese).toSimplified);
    expect(convert(['开启线路', '打开设置', '打开漫游'])(toTraditionalChinese('开启'))).toBe('打开');
    expect(convert(['打开设置', '开启线路', '开启漫游'])(toTraditionalChinese('打开'))).toBe('开启');
  });

  test('holds only characters of the text, and only phrases the rest of the table would convert otherwise', () => {
    const characters = new Set(runs.join(''));
    expect(toTraditional.filter(([from]) => from.length === 1 && !characters.has(from))).toEqual([]);
    for (const [from, to] of toTraditional.filter(([phrase]) => phrase.length > 1)) {
      expect(scriptConverter(toTraditional.filter((entry) => entry[0] !== from))(from), from).not.toBe(to);
    }
    expect(toTraditional.map(([from]) => from)).not.toContain('漫');
  });
});
