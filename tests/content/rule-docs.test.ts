import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { rules, ruleTableMarkers } from '../../src/lib/content-check/rules.ts';
import { projectRoot } from '../../tools/lib/project-copy.ts';

const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const section = contributing.slice(contributing.indexOf(ruleTableMarkers.start), contributing.indexOf(ruleTableMarkers.end));
/** The table's rows as CONTRIBUTING.md has them: rule name → level. */
const documented = new Map(
  [...section.matchAll(/^\| `([a-z-]+)` \| (错误|警告) \|/gm)].map(([, rule, level]) => [rule!, level === '错误' ? 'error' : 'warning']),
);

test('CONTRIBUTING.md lists every rule of the content check at the level the check applies (npm run docs:rules rewrites it)', () => {
  expect(section.length).toBeGreaterThan(0);
  expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, rule.severity])));
});

test('every documented rule has an example', () => {
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  expect(rows).toHaveLength(Object.keys(rules).length);
  for (const row of rows) expect(row.split(' | ').at(-1)!.replace(/\s*\|$/, '').trim(), row).not.toBe('');
});
