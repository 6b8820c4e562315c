import { Converter, CustomConverter } from 'opencc-js';

/**
 * Terms OpenCC's Simplified → Taiwan conversion (s2twp) gets wrong for this guide, as
 * [what s2twp produces, what a Taiwanese reader expects]. Each entry has a test.
 */
export const traditionalOverrides: readonly (readonly [string, string])[] = [
  // iOS and Android in Taiwan label the setting 數據漫遊, not 資料漫遊.
  ['資料漫遊', '數據漫遊'],
  ['行動資料', '行動數據'],
  // 運營商 is mainland usage; Taiwan says 電信業者.
  ['當地運營商', '當地電信業者'],
  ['運營商', '電信業者'],
  // A prepaid top-up is 儲值 in Taiwan.
  ['充值', '儲值'],
  // A mobile plan is 方案 in Taiwan; 套餐 reads as a meal set.
  ['流量套餐', '流量方案'],
  ['套餐', '方案'],
  // 二維碼 is mainland usage; Taiwan says 行動條碼 (a Latin "QR" would break the spacing house style).
  ['二維碼', '行動條碼'],
];

const toTaiwan = Converter({ from: 'cn', to: 'twp' });
const applyOverrides = CustomConverter(traditionalOverrides);

/** Converts Simplified Chinese text to Traditional Chinese with Taiwan phrasing, then applies the overrides. */
export function toTraditionalChinese(text: string): string {
  return applyOverrides(toTaiwan(text));
}

/** Characters that exist only in Simplified Chinese; none may remain in a converted page. */
export const simplifiedOnlyCharacters = '续费门这过们说时么实现发应该开关问题网络数据设置运营无线讯语东为单务动区号';

/** The Simplified-only characters found in `text`, each listed once. */
export function findSimplifiedOnlyCharacters(text: string): string[] {
  return [...new Set([...text].filter((character) => simplifiedOnlyCharacters.includes(character)))];
}
