/**
 * The lists a Taiwanese reviewer grows. `npm test` fails when a built page of the Traditional edition
 * (/zh-hant/) contains a term of `mainlandOnlyTerms` (tests/site/traditional-edition.test.ts), as it does for
 * the lists of traditional-errors.ts; `npm run review:traditional` shows every word of `watchTerms` left in an
 * article, for a person to judge, and counts the `tasteTerms`.
 *
 * A term that is right in some phrases (通過 in 通過稽核, "pass") is allowed inside those phrases only:
 * add each such phrase to `traditionalOverrides` in src/lib/editions/traditional-chinese.ts as kept, `['通過稽核', '通過稽核']`.
 */
import { keptPhrases } from './traditional-chinese.ts';
import { beijingTimeAsWritten } from './traditional-errors.ts';

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
  // A reader in mainland China as the frame: "home", "made at home" (for 北京時間 see traditional-errors.ts).
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
  // What issue 25 counted in the body text of the built pages.
  '激活',
  '質量',
  '報道',
  '門店',
  '幣種',
  '教程',
  '報錯',
  '運營',
  '流量包',
  '當地線路',
  '幫助中心',
  '訂單號',
  '核實',
  '預付費',
  '到帳',
  '支付終端',
  '繳費終端',
  '月度',
  '自帶',
  '選中',
  '自然日',
  '自然月',
  '夏令時',
  '回到頂部',
  '報告內容錯誤',
  '境外交易',
  '境外',
  '網路上支付',
  '網路上交易',
];

/** Words right in one sense and wrong in another: shown to the reviewer, never failing a build. */
export const watchTerms: readonly string[] = ['地址', '安卓'];

/**
 * Where Taiwan has more than one right word, the one the edition chose (issue 25), kept the same everywhere:
 * `npm run review:traditional` counts them per article, for a reviewer to check that they read naturally.
 */
export const tasteTerms: readonly string[] = [
  '上網方案',
  '當地門號',
  '說明中心',
  '訂單編號',
  '入帳',
  '預付卡',
  'QR Code',
  '如何',
  '依',
  '續約與儲值',
];

/** Phrases in which a listed term is right: kept by the conversion on purpose (通過稽核), and Beijing time as written. */
const allowedPhrases = [...keptPhrases, beijingTimeAsWritten];

/** How often each term of `list` occurs in `text`, in the list's order, ignoring the allowed phrases; absent terms are left out. */
export function countTerms(text: string, list: readonly string[]): Map<string, number> {
  const masked = allowedPhrases.reduce((rest, phrase) => rest.replaceAll(phrase, '\u0000'), text);
  const counts = new Map<string, number>();
  for (const term of list) {
    const count = masked.split(term).length - 1;
    if (count > 0) counts.set(term, count);
  }
  return counts;
}

/** The terms of `list` in `text`, each once, ignoring the phrases the conversion keeps on purpose. */
export function findTerms(text: string, list: readonly string[]): string[] {
  return [...countTerms(text, list).keys()];
}
