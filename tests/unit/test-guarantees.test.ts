import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('tests/README.md', root), 'utf8');

/** Each list of guarantees in tests/README.md: its heading, the count it states, and its lines. */
const lists = readme
  .split(/^## /m)
  .slice(1)
  .map((section) => {
    const [heading = '', ...lines] = section.split('\n');
    return {
      heading,
      stated: Number(/\((\d+) guarantees\)/.exec(heading)?.[1]),
      guarantees: lines.filter((line) => line.startsWith('- ')),
    };
  })
  .filter(({ stated }) => !Number.isNaN(stated));

/** The test files a guarantee names: `tests/…` in backticks. */
const namedFiles = (line: string) => [...line.matchAll(/`(tests\/[^`\s]+\.ts)`/g)].map(([, file]) => file!);

test('tests/README.md states how many guarantees each list holds, and the first list is the current one', () => {
  expect(lists.length).toBeGreaterThan(0);
  for (const { heading, stated, guarantees } of lists) expect(guarantees.length, heading).toBe(stated);
});

test('every guarantee of the current list names a test file that exists', () => {
  const [current] = lists;
  const missing = current!.guarantees.flatMap((line) => {
    const files = namedFiles(line);
    if (files.length === 0) return [`names no test file: ${line}`];
    return files
      .filter((file) => !existsSync(new URL(file, root)))
      .map((file) => `${file} does not exist (${line.slice(2, 60)}…)`);
  });
  expect(missing).toEqual([]);
});
