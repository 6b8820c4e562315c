/**
 * Words readers type for the same thing. A query word that is one of a group also finds pages with any
 * other word of that group. Write each word in the script readers type it in: the search page converts every
 * word into its own edition's script with the table made from the index (src/lib/editions/script-table.ts), so a
 * Simplified word also finds its Traditional twin. Case and the spaces between Latin letters and Chinese
 * characters do not matter. Provider names go here as provider pages are added (issue 13).
 */
export const searchSynonyms: readonly (readonly string[])[] = [
  ['二维码', 'QR Code', 'QR 码', '行動條碼'],
  ['eSIM', 'e-SIM', 'ESIM'],
  ['充值', '储值', '续费', '加油包'],
  ['携程', 'Trip.com'],
  ['客路', 'Klook'],
  ['飞猪', 'Fliggy'],
  ['淘宝', 'Taobao'],
  ['Maya Mobile', 'Maya'],
];
