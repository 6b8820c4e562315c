// `node tools/bench/traditional-wording.ts [dist]`: the figures of issue 25 for a built site. For every page of
// the Traditional edition, its body text (scripts and styles left out) against plain OpenCC s2twp on the body
// text of its Simplified twin: how many conversion errors, computing jargon, mainland words and stiff forms
// each holds (the groups and terms of src/lib/editions/traditional-review.ts). Run it on two builds to compare.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { filesUnder } from '../../src/lib/files/files-under.ts';
import { toTaiwan } from '../../src/lib/editions/traditional-chinese.ts';
import { wordingGroupCounts, wordingGroups } from '../../src/lib/editions/traditional-review.ts';

const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '../../dist'));
const bodyText = (file: string) => {
  const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
  for (const element of [...document.querySelectorAll('script, style, template')]) element.remove();
  return document.body.textContent ?? '';
};

const groups = Object.keys(wordingGroups) as (keyof typeof wordingGroups)[];
const totals = {
  edition: Object.fromEntries(groups.map((group) => [group, 0])),
  s2twp: Object.fromEntries(groups.map((group) => [group, 0])),
};
const pages = filesUnder(join(dist, 'zh-hant')).filter((file) => file.endsWith('.html'));
for (const page of pages) {
  const edition = wordingGroupCounts(bodyText(join('zh-hant', page)));
  const s2twp = wordingGroupCounts(toTaiwan(bodyText(page)));
  for (const group of groups) {
    totals.edition[group]! += edition[group];
    totals.s2twp[group]! += s2twp[group];
  }
}
console.log(`${pages.length} Traditional pages in ${dist}`);
console.log(['group', 's2twp', 'edition'].join('\t'));
for (const group of groups) console.log([group, totals.s2twp[group], totals.edition[group]].join('\t'));
