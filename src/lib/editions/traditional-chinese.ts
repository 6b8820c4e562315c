import { Converter, Trie } from 'opencc-js';
import { beijingTimeAsWritten } from './traditional-errors.ts';

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
  // 二維碼 is mainland usage, and 行動條碼 is officialese: Taiwan's sellers and carriers write QR Code
  // (spaced from Chinese by `toTraditionalChinese`).
  ['二維碼', 'QR Code'],
  // s2twp turns 实例 into 例項, the programming term for an instance; a worked example is 實例.
  ['例項', '實例'],
  // …and 代码 into 程式碼 (source code); the USSD short codes the articles mean are 代碼.
  ['程式碼', '代碼'],
  // It reads 由余额 as 由余 + 额 and keeps 余; a balance is always 餘額.
  ['余額', '餘額'],
  // Taiwan writes accounts, bills and checkout with 帳 (帳戶, 帳號, 帳單, 結帳), not 賬; money arrives: 入帳.
  ['賬', '帳'],
  ['到賬', '入帳'],
  // s2twp writes 開啟 for 打开 only in some phrases (打开数据漫游) and keeps 打開 elsewhere (打开了…);
  // Taiwan turns a setting on, or opens a page, with 開啟.
  ['打開', '開啟'],
  // The iPhone's cellular settings are called 行動服務 in Taiwan, and its cellular data 行動數據.
  ['蜂窩網路', '行動服務'],
  ['蜂窩資料', '行動數據'],
  // s2twp turns 查看 into the menu word 檢視; in running text Taiwan also says 查看.
  ['檢視', '查看'],
  // Official channels are 官方管道 in Taiwan; 渠道 is mainland usage.
  ['渠道', '管道'],
  // s2twp keeps 里 after 渠道 and 管道 (在官方渠道里); inside something is 裡.
  ['渠道里', '管道裡'],
  ['管道里', '管道裡'],
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
  // 通過 is right for "pass" (通過稽核) and mainland usage for "by means of", which Taiwan writes 透過.
  // Every use in the guide means "by means of"; the "pass" phrases are kept as they are.
  ['通過', '透過'],
  ['通過稽核', '通過稽核'],
  ['稽核通過', '稽核通過'],
  ['通過驗證', '通過驗證'],
  ['驗證通過', '驗證通過'],
  ['檢查通過', '檢查通過'],
  ['通過檢查', '通過檢查'],
  ['申請通過', '申請通過'],
  // Going online is 連網 in Taiwan, and the web is 網路上 (官網上 is on the official site); losing the
  // connection is 斷線.
  ['聯網', '連網'],
  ['網上', '網路上'],
  ['官網上', '官網上'],
  ['斷網', '斷線'],
  ['沒網', '沒網路'],
  ['沒網路', '沒網路'],
  ['郵箱', '電子郵件信箱'],
  // Phone words: restart (a phone: 重新開機), dialer, baseband, eSIM profile, access point (APN), server
  // address; a web address is a 網址.
  ['重啟', '重新啟動'],
  ['重啟手機', '重新開機'],
  ['撥號盤', '撥號鍵盤'],
  ['基帶', '基頻'],
  ['配置檔案', '設定檔'],
  ['接入點', '存取點'],
  ['伺服器地址', '伺服器位址'],
  ['這個地址', '這個網址'],
  ['地址和啟用碼', '位址和啟用碼'],
  // A group chat is a 群組; social media are 社群平台.
  ['聊天群', '群組'],
  ['聊天群組', '群組'],
  ['社交平臺', '社群平台'],
  // Cards and payments: Taiwan pays with a 信用卡 or 金融卡 and turns on 海外刷卡.
  ['銀行卡', '金融卡／信用卡'],
  ['境外支付', '海外刷卡'],
  ['移動支付', '行動支付'],
  ['風控', '風險控管'],
  ['售後', '售後服務'],
  ['售後服務', '售後服務'],
  // Rewards are 現金回饋 and 點數.
  ['返現', '現金回饋'],
  ['積分', '點數'],
  // The phone's calendar app is 行事曆 in Taiwan.
  ['日曆', '行事曆'],
  // Keeping data on a device is 儲存 in Taiwan, as s2twp writes it elsewhere; before 於 it keeps 保存.
  ['保存於', '儲存於'],
  // 掃碼 is mainland shorthand; the guide's QR codes are QR Code (above).
  ['掃碼', '掃描QR Code'],
  ['掃不了碼', '無法掃描'],
  // 當前 is mainland usage for "current"; Taiwan says 目前.
  ['當前', '目前'],
  ['大白話', '淺白的話'],
  // s2twp keeps the mainland 錄入, 訪問 (an interview in Taiwan; a website is 造訪ed), 關鍵詞 and 錯別字.
  ['錄入', '輸入'],
  ['訪問', '造訪'],
  ['關鍵詞', '關鍵字'],
  ['錯別字', '錯字'],
  // The browser's "Find in page" is 尋找 in Taiwan's Chrome and Safari.
  ['在頁面中查詢', '在頁面中尋找'],
  ['拿不準', '不確定'],
  ['富餘', '餘裕'],
  ['充到了', '儲值到了'],
  ['加油包', '加購包'],
  ['不限流量', '吃到飽'],
  ['代充', '代儲'],
  ['電子政務門戶', '電子化政府入口網站'],
  // Taiwan's iOS labels: 設定 › 一般 › 關於本機, 行動服務 › 加入 eSIM, 電信業者鎖定.
  ['› 通用 ›', '› 一般 ›'],
  ['蜂窩網路 › 新增', '行動服務 › 加入'],
  ['運營商鎖', '電信業者鎖定'],
  // The reader's frame: the reader may be in Taipei or Hong Kong, not only in mainland China; 國內 and
  // 國產 would mean Taiwan to them. Time stays true (issue 25): where the text means the offset, UTC+8 is
  // 台灣時間; where a product counts in Beijing time, that stays, with the offset and that it is Taiwan's.
  ['北京時間', beijingTimeAsWritten],
  ['按北京時間', `依${beijingTimeAsWritten}`],
  ['北京時間（', '台灣時間（'],
  ['按北京時間（', '依台灣時間（'],
  ['比北京時間', '比台灣時間'],
  ['等於北京時間', '等於台灣時間'],
  ['按北京時間還', '依台灣時間還'],
  // The second mention in a sentence that already named the product's clock: 23:59 there is 23:59 in Taiwan.
  ['計算，北京時間', '計算，台灣時間'],
  ['國行', '中國大陸版'],
  ['國行版本', '中國大陸版本'],
  ['國產安卓機', '中國品牌安卓手機'],
  ['國產安卓', '中國品牌安卓手機'],
  ['境外版本', '中國大陸以外的版本'],
  ['國內號碼', '原本的號碼'],
  ['國內實體卡', '原本的實體卡'],
  ['國內運營商', '原本電信業者'],
  ['國內卡', '原本的手機卡'],
  ['國內手機卡', '原本的手機卡'],
  ['國內銀行卡', '中國大陸的金融卡／信用卡'],
  ['國內發行', '中國大陸發行'],
  // OpenCC phrase errors (issue 25): 发 read as hair, 只 as the measure word, 后 as an empress.
  ['髮卡', '發卡'],
  ['隻有', '只有'],
  ['隻能', '只能'],
  ['天后', '天後'],
  ['計劃', '計畫'],
  // s2twp's IT jargon in plain prose: a publication date, a column of kinds, the background, a binding,
  // a reinstall, a mirror.
  ['釋出', '發布'],
  ['型別', '類型'],
  ['後臺', '背景'],
  ['繫結', '綁定'],
  ['重灌', '重新安裝'],
  ['映象', '鏡像'],
  // Mainland words s2twp leaves (issue 25), with the words of a Taiwanese guide.
  ['激活', '啟用'],
  ['質量', '品質'],
  ['報道', '報導'],
  ['門店', '門市'],
  ['幣種', '幣別'],
  ['教程', '教學'],
  ['報錯資訊', '錯誤訊息'],
  ['運營', '營運'],
  ['運營方', '營運商'],
  ['流量包', '上網方案'],
  ['月度流量包', '月租上網方案'],
  ['月度', '每月'],
  ['當地線路', '當地門號'],
  ['一條當地線路', '一個當地門號'],
  ['預付費', '預付卡'],
  ['預付費線路', '預付卡門號'],
  ['幫助中心', '說明中心'],
  ['訂單號', '訂單編號'],
  ['核實', '查證'],
  ['支付終端', '自助繳費機'],
  ['繳費終端', '自助繳費機'],
  ['終端充值', '繳費機儲值'],
  ['自帶', '內建'],
  ['資費自帶', '資費內含'],
  ['選中', '點選'],
  ['自然日', '曆日'],
  ['自然月', '曆月'],
  ['夏令時', '夏令時間'],
  ['夏令時間', '夏令時間'],
  ['回到頂部', '回到頁首'],
  ['報告內容錯誤', '回報內容錯誤'],
  ['境外交易', '海外交易'],
  // Paying online is 線上 in Taiwan (網上 reads as mainland); abroad is 海外, or outside mainland China
  // where the text speaks of a mainland phone.
  ['境外網上支付', '海外線上交易'],
  ['網上交易', '線上交易'],
  ['境外的', '海外的'],
  ['境外手機', '海外手機'],
  ['在境外安裝', '在中國大陸以外安裝'],
  ['在境外能收', '在國外能收'],
  // One form of 台 (台灣, 平台, 一台手機), as Taiwan's everyday writing has it.
  ['臺', '台'],
  // Sentences: 怎樣 reads as mainland prose (Taiwan writes 如何 or 怎麼), and 給 X 續費／儲值 is 為 X.
  ['怎樣', '如何'],
  ['怎樣給', '如何為'],
  ['怎樣查', '如何查詢'],
  ['會怎樣', '會怎麼樣'],
  ['給餘額', '為餘額'],
  ['給預付費餘額', '為預付卡餘額'],
  ['給線路餘額', '為門號餘額'],
  ['給同一個', '為同一個'],
  ['給同一張', '為同一張'],
  ['給原來', '為原來'],
  ['給正在用的', '為正在用的'],
  ['給手機裡', '為手機裡'],
  ['給亞塞拜然', '為亞塞拜然'],
  ['給手機做', '為手機做'],
  ['給你續費', '為你續費'],
  // 按 as "according to" is 依 in a Taiwanese guide (按 stays for 按鈕, 按天, 按月).
  ['按什麼時間', '依什麼時間'],
  ['按哪個時區', '依哪個時區'],
  ['按產品規定', '依產品規定'],
  ['按別的時區', '依別的時區'],
  ['按商家說明', '依商家說明'],
  ['按商品而定', '依商品而定'],
  ['按自己的', '依自己的'],
  ['按運營商', '依電信業者'],
  ['有的按', '有的依'],
  ['起按', '起依'],
  ['按順序', '依序'],
  ['按手機價值', '依手機價值'],
  // The seller page's title and steps: 續約與儲值, as Taiwan's carriers say renew and top up.
  ['續費步驟', '續約與儲值步驟'],
  // Taiwan quotes with corner brackets: 「…」, and 『…』 inside them.
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

/** Phrases the overrides keep as they are, so that a shorter override inside them does not apply (通過稽核). */
export const keptPhrases: readonly string[] = traditionalOverrides
  .filter(([wrong, right]) => wrong === right)
  .map(([phrase]) => phrase);

/** Simplified → Traditional with OpenCC's Taiwan phrases (s2twp), before the overrides. */
export const toTaiwan = Converter({ from: 'cn', to: 'twp' });
const overrides = new Trie();
overrides.loadDict(traditionalOverrides);

/** Latin words the overrides write (QR Code), beside a Chinese character that the house style spaces them from. */
const LATIN_BESIDE_HAN = /(?<=\p{Script=Han})(?=QR Code)|(?<=QR Code)(?=\p{Script=Han})/gu;

/**
 * Simplified → Traditional with Taiwan phrasing and the overrides, word for word: a Latin word an override
 * writes is not yet spaced from its neighbours. What the search's script tables are made from, so that a
 * query converts the same whatever stands beside the word.
 */
export function toTraditionalWords(text: string): string {
  return overrides.convert(toTaiwan(text));
}

/** Converts Simplified Chinese text to Traditional Chinese with Taiwan phrasing, then applies the overrides. */
export function toTraditionalChinese(text: string): string {
  return toTraditionalWords(text).replace(LATIN_BESIDE_HAN, ' ');
}

/**
 * The Traditional form of a heading id or fragment: converted, with the spaces an override brings (QR Code)
 * as hyphens, since an id has no space (github-slugger wrote the Simplified id without any).
 */
export function toTraditionalId(id: string): string {
  return toTraditionalChinese(id).replaceAll(' ', '-');
}

/** `id` and `href` attributes: where a converted page names its sections. */
const ID_OR_HREF = /(\s(?:id|href)=")([^"]*)"/g;

/** A phrase of s2twp's output that an override replaced. */
export interface OverrideChange {
  /** What s2twp wrote. */
  from: string;
  /** What the reader gets. */
  to: string;
}

/** The phrases of `taiwanText` (s2twp's output) that the overrides change, in order, the longest match first as in the conversion. */
export function overrideChanges(taiwanText: string): OverrideChange[] {
  const changes: OverrideChange[] = [];
  for (let offset = 0; offset < taiwanText.length;) {
    const match = overrides.matchPrefix(taiwanText, offset);
    if (!match) {
      offset += taiwanText.codePointAt(offset)! > 0xffff ? 2 : 1;
      continue;
    }
    const from = taiwanText.slice(offset, match.end);
    if (from !== match.value) changes.push({ from, to: match.value });
    offset = match.end;
  }
  return changes;
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
      return index % 3 === 0 || JSON_DATA.test(part) ? part.replace(NON_ASCII_STRETCH, convertedStretch) : part;
    })
    .join('')
    .replace(ID_OR_HREF, (attribute, start: string, value: string) =>
      value.includes(' ') ? `${start}${value.replaceAll(' ', '-')}"` : attribute,
    );
}

/**
 * Runs of non-ASCII text, short ASCII gaps included. OpenCC changes nothing in ASCII, so converting only
 * these runs gives the same result while skipping the markup: the build's conversion is about 1.7 times faster.
 */
const NON_ASCII_STRETCH = /\P{ASCII}+(?:\p{ASCII}{1,3}\P{ASCII}+)*/gu;

/**
 * Stretches already converted. Every page repeats the header, navigation, footer and lists of guides: on
 * today's site 55% of the converted text is a stretch an earlier page had. A stretch converts the same
 * wherever it stands, so the page is the same. Emptied when full, for a long `astro dev` session.
 */
const convertedStretches = new Map<string, string>();
const MAX_REMEMBERED_STRETCHES = 100_000;

function convertedStretch(stretch: string): string {
  let converted = convertedStretches.get(stretch);
  if (converted === undefined) {
    converted = toTraditionalChinese(stretch);
    if (convertedStretches.size >= MAX_REMEMBERED_STRETCHES) convertedStretches.clear();
    convertedStretches.set(stretch, converted);
  }
  return converted;
}

/**
 * HTML for text that must reach the reader exactly as written, even on a converted page (the name of
 * the Simplified edition in the language switch): every non-ASCII character as a character reference,
 * which the conversion does not read as Chinese.
 */
export function unconvertedHtml(text: string): string {
  return text.replace(/[^ -~]|[&<>"]/gu, (character) => `&#${character.codePointAt(0)};`);
}
