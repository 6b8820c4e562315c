// `npm run docs:rules`: rewrites the rule table in CONTRIBUTING.md from the content check's own rule list
// (src/lib/content-check/rules.ts), so the levels editors read are the ones the check applies.
// tests/content/rule-docs.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ruleTable, ruleTableMarkers } from '../src/lib/content-check/rules.ts';

const file = join(resolve(import.meta.dirname, '..'), 'CONTRIBUTING.md');
const text = readFileSync(file, 'utf8');
const start = text.indexOf(ruleTableMarkers.start);
const end = text.indexOf(ruleTableMarkers.end);
if (start === -1 || end < start) {
  console.error(
    `✗ CONTRIBUTING.md 里找不到规则表的两行标记：\n  ${ruleTableMarkers.start}\n  ${ruleTableMarkers.end}\n请把它们放回“检查规则一览”里。`,
  );
  process.exit(1);
}
writeFileSync(file, `${text.slice(0, start + ruleTableMarkers.start.length)}\n\n${ruleTable()}\n\n${text.slice(end)}`);
console.log('已更新 CONTRIBUTING.md 的规则表。');
