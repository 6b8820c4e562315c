/**
 * Converting a search query between Simplified and Traditional Chinese in the browser, with tables the
 * build makes from the text that is actually indexed. OpenCC's own dictionaries are far too large to ship;
 * the guide uses under a thousand characters and a few hundred phrases that convert differently from their
 * characters.
 */

/** `[from, to]` pairs: single characters, and phrases that do not convert character by character. */
export type ScriptTable = readonly (readonly [string, string])[];

/**
 * A converter for `table`: at each position it takes the longest phrase of the table that starts there,
 * else it keeps the character.
 */
export function scriptConverter(table: ScriptTable): (text: string) => string {
  const entries = new Map(table);
  const longest = Math.max(1, ...table.map(([from]) => from.length));
  return (text) => {
    let converted = '';
    for (let at = 0; at < text.length;) {
      let length = Math.min(longest, text.length - at);
      while (length > 1 && !entries.has(text.slice(at, at + length))) length -= 1;
      const from = text.slice(at, at + length);
      converted += entries.get(from) ?? from;
      at += length;
    }
    return converted;
  };
}

/** The longest phrase the tables look for; OpenCC's Taiwan phrases and the guide's overrides are shorter. */
const LONGEST_PHRASE = 6;

/**
 * Entries for `pairs` (source text → what the converter makes of it), shortest first, each kept only when
 * the entries before it do not already convert it so: the smallest table that converts every pair.
 */
function minimalTable(pairs: Iterable<readonly [string, string]>): [string, string][] {
  const table: [string, string][] = [];
  const seen = new Set<string>();
  const sorted = [...pairs].sort(([a], [b]) => a.length - b.length);
  let convert = scriptConverter(table);
  let convertedUpTo = 1;
  for (const [from, to] of sorted) {
    if (seen.has(from)) continue;
    seen.add(from);
    if (from.length > convertedUpTo) {
      convert = scriptConverter(table);
      convertedUpTo = from.length;
    }
    if (from.length === 1 ? from !== to : convert(from) !== to) table.push([from, to]);
  }
  return table;
}

/**
 * The two query tables for the indexed Simplified text `texts` and `toTraditional`, the conversion that
 * made the Traditional edition from it: Simplified → Traditional (for the Traditional search page) and
 * Traditional → Simplified (for the Simplified one). Every run of Han characters up to six long that the
 * text contains converts by the table exactly as the edition's conversion converts it on its own.
 */
export function buildScriptTables(texts: readonly string[], toTraditional: (text: string) => string) {
  const runs = texts.flatMap((text) => text.match(/\p{Script=Han}+/gu) ?? []);
  const uses = new Map<string, number>();
  const count = (text: string) => uses.set(text, (uses.get(text) ?? 0) + 1);
  for (const run of runs) {
    for (const character of run) count(character);
    for (let length = 2; length <= LONGEST_PHRASE; length += 1) {
      for (let at = 0; at + length <= run.length; at += 1) count(run.slice(at, at + length));
    }
  }
  // Where two Simplified texts become the same Traditional one (打开 and 开启 both become 開啟), the most used
  // wins the way back: a query typed in Traditional then finds the wording most pages use.
  const mostUsedFirst = [...uses].sort(([, a], [, b]) => b - a).map(([text]) => text);
  const forward = mostUsedFirst.map((text): [string, string] => [text, toTraditional(text)]);
  return {
    toTraditional: minimalTable(forward),
    toSimplified: minimalTable(forward.map(([simplified, traditional]): [string, string] => [traditional, simplified])),
  };
}
