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
  // s2twp turns 实例 into 例項, the programming term for an instance; a worked example is 實例.
  ['例項', '實例'],
  // …and 代码 into 程式碼 (source code); the USSD short codes the articles mean are 代碼.
  ['程式碼', '代碼'],
  // It reads 由余额 as 由余 + 额 and keeps 余; a balance is always 餘額.
  ['余額', '餘額'],
  // Taiwan writes accounts, bills and checkout with 帳 (帳戶, 帳號, 帳單, 結帳), not 賬.
  ['賬', '帳'],
  // s2twp writes 開啟 for 打开 only in some phrases (打开数据漫游) and keeps 打開 elsewhere (打开了…);
  // Taiwan turns a setting on, or opens a page, with 開啟.
  ['打開', '開啟'],
  // The iPhone's cellular settings are called 行動服務 in Taiwan.
  ['蜂窩網路', '行動服務'],
  // s2twp turns 查看 into the menu word 檢視; in running text Taiwan also says 查看.
  ['檢視', '查看'],
  // Official channels are 官方管道 in Taiwan; 渠道 is mainland usage.
  ['渠道', '管道'],
  // A carrier's shop is a 門市; 營業廳 is mainland usage.
  ['營業廳', '門市'],
  // In Taiwan 酒店 usually means a hostess club; a hotel is a 飯店.
  ['酒店', '飯店'],
  // Taiwan writes the week 週, and says 提款機 and 行動銀行.
  ['按周', '按週'],
  ['自動取款機', '自動提款機'],
  ['手機銀行', '行動銀行'],
  // s2twp keeps 里 after 指南 (in the guides); inside something is 裡 in Taiwan.
  ['指南里', '指南裡'],
  // Taiwan quotes with corner brackets: 「…」, and 『…』 inside them.
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

const toTaiwan = Converter({ from: 'cn', to: 'twp' });
const applyOverrides = CustomConverter(traditionalOverrides);

/** Converts Simplified Chinese text to Traditional Chinese with Taiwan phrasing, then applies the overrides. */
export function toTraditionalChinese(text: string): string {
  return applyOverrides(toTaiwan(text));
}

/**
 * Characters that exist only in Simplified Chinese; none may remain in a converted page. Every such
 * character the guide's pages use, found with OpenCC's character table (a Simplified character it
 * never keeps). Left out because Taiwan writes them too: 后 里 余 准 台 几 群 划 游 置 (皇后, 公里,
 * 准許, 茶几, 群組, 划算, 游泳, 位置).
 */
export const simplifiedOnlyCharacters =
  '续费门这过们说时么实现发应该开关问题网络数据设运营无线讯语东为单务动区号个码机会还当间没买页国经认装额确给规产库订则吗维记请样内种见骤办两计条证账来旧于显体选删项联银断从读点长够凭适话结邮带检处帮扫价队购资并写讲启错际锁换编与变况宝别骗连缴终满约户闭让统验预顺对诈双类独论暂护马调转继钱飞销虚构简标备离张许废详录钟谁择浏览键盖输试叠进随载历词须馆减岁电纳业厅积绝询误风导补稳却称属图负责绰阅场档刚紧状态尽难细节复义册优奖励钥软宁决钮脚乱术块远识窝异陆华荣虽径拨盘绕专较参达撑拦将链';

/** The Simplified-only characters found in `text`, each listed once. */
export function findSimplifiedOnlyCharacters(text: string): string[] {
  return [...new Set([...text].filter((character) => simplifiedOnlyCharacters.includes(character)))];
}

/** Scripts and styles in a page, kept whole: `<script …>…</script>` or `<style …>…</style>`. */
const CODE_ELEMENT = /(<(script|style)\b[^>]*>[\s\S]*?<\/\2>)/gi;
const JSON_DATA = /^<script\b[^>]*\btype=["']?application\/(ld\+)?json/i;

/**
 * Converts a whole page, feed or other text response. The code of scripts and styles is left alone:
 * a script file in _astro/ serves both editions and cannot be converted, so every script takes its
 * wording from the HTML (`data-wording`), and inline code is kept the same in both editions too. JSON
 * data blocks (JSON-LD) are text for readers and are converted.
 */
export function toTraditionalDocument(document: string): string {
  return document
    .split(CODE_ELEMENT)
    .map((part, index) => {
      if (index % 3 === 2) return ''; // the tag name the split captured
      return index % 3 === 0 || JSON_DATA.test(part) ? part.replace(NON_ASCII_STRETCH, toTraditionalChinese) : part;
    })
    .join('');
}

/**
 * Runs of non-ASCII text, short ASCII gaps included. OpenCC changes nothing in ASCII, so converting only
 * these runs gives the same result while skipping the markup: the build's conversion is about 1.7 times faster.
 */
const NON_ASCII_STRETCH = /[^\x00-\x7f]+(?:[\x00-\x7f]{1,3}[^\x00-\x7f]+)*/g;

/**
 * HTML for text that must reach the reader exactly as written, even on a converted page (the name of
 * the Simplified edition in the language switch): every non-ASCII character as a character reference,
 * which the conversion does not read as Chinese.
 */
export function unconvertedHtml(text: string): string {
  return text.replace(/[^ -~]|[&<>"]/gu, (character) => `&#${character.codePointAt(0)};`);
}
