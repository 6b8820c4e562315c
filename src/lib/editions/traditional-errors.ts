/**
 * What no page of the Traditional edition (/zh-hant/) may contain, beyond the mainland vocabulary of
 * mainland-terms.ts: `npm test` fails when a built Traditional page has one of these
 * (tests/site/traditional-edition.test.ts), and `npm run review:traditional` lists them per article.
 *
 * A reviewer who finds a new one adds it to the right list here, and the fix to `traditionalOverrides` in
 * src/lib/editions/traditional-chinese.ts with a test row showing the sentence it fixes.
 */

/** OpenCC's phrase errors: a character converted in the wrong sense (发卡 as hairpin, 只有 as "one animal has"). */
export const phraseErrors: readonly string[] = ['髮卡', '隻有', '隻能', '天后', '管道里', '渠道里', '計劃'];

/** s2twp's computing jargon in plain prose (发布 as a software release, 类型 as a data type …). */
export const computingJargon: readonly string[] = ['釋出', '型別', '後臺', '繫結', '重灌', '映象'];

/**
 * Forms a Taiwanese editor marks as stiff or mixed: the officialese 行動條碼 (Taiwan's sellers write QR Code),
 * 臺 beside 台 (the edition writes 台), 怎樣 (如何, 怎麼), 台北時間 for what is UTC+8, and 北京時間 without its
 * offset (issue 25): Beijing time is written `beijingTimeAsWritten`.
 */
export const stiffForms: readonly string[] = ['行動條碼', '臺', '怎樣', '台北時間', '北京時間'];

/** How the edition writes Beijing time: with its offset, and that it is Taiwan's (a bare 北京時間 fails). */
export const beijingTimeAsWritten = '北京時間（UTC+8，與台灣相同）';
