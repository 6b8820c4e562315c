/**
 * The lists a Taiwanese reviewer grows. `npm test` fails when a built page of the Traditional edition
 * (/zh-hant/) contains a term of `mainlandOnlyTerms` (tests/site/traditional-wording.test.ts), and
 * `npm run review:traditional` shows every word of `watchTerms` left in an article, for a person to judge.
 *
 * A term that is right in some phrases (通過 in 通過稽核, "pass") is allowed inside those phrases only:
 * add each such phrase to `traditionalOverrides` in src/lib/editions/traditional-chinese.ts as kept, `['通過稽核', '通過稽核']`.
 */
import { keptPhrases } from './traditional-chinese.ts';

/** Mainland wording that a Taiwanese editor would mark wherever it appears, after the conversion. */
export const mainlandOnlyTerms: readonly string[] = [
  // What issue 16 found on the built pages.
  '通過',
  '聯網',
  '網上',
  '郵箱',
  '重啟',
  '撥號盤',
  '基帶',
  '配置檔案',
  '接入點',
  '聊天群',
  '銀行卡',
  '境外支付',
  '日曆',
  '返現',
  '積分',
  '掃碼',
  '當前',
  '大白話',
  '風控',
  // A reader in mainland China as the frame: UTC+8, "home", "made at home".
  '北京時間',
  '國內',
  '國行',
  '國產',
  // Terms the overrides have fixed since the Traditional edition began.
  '運營商',
  '套餐',
  '二維碼',
  '充值',
  '渠道',
  '營業廳',
  '蜂窩',
  '賬',
  '自動取款機',
  '手機銀行',
  // Of the same kind, fixed with issue 16.
  '斷網',
  '社交平臺',
  '移動支付',
  '售後',
  '錄入',
  '關鍵詞',
  '錯別字',
  '拿不準',
  '富餘',
  '加油包',
  '不限流量',
  '代充',
  '門戶',
];

/** Words right in one sense and wrong in another: shown to the reviewer, never failing a build. */
export const watchTerms: readonly string[] = ['地址', '平臺', '安卓', '質量'];

/** The terms of `list` in `text`, each once, ignoring the phrases the conversion keeps on purpose. */
export function findTerms(text: string, list: readonly string[]): string[] {
  const masked = keptPhrases.reduce((rest, phrase) => rest.replaceAll(phrase, '\u0000'), text);
  return list.filter((term) => masked.includes(term));
}
