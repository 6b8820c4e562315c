import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  joiningAnswers,
  leftoverAnswers,
  providerFields,
  providerKinds,
  renewableAnswers,
} from '../../src/lib/providers/schema.ts';
import { sourceFields } from '../../src/lib/articles/schema.ts';
import { projectRoot } from '../../tools/lib/project-copy.ts';

const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const providerSection = contributing.slice(contributing.indexOf('## 商家和运营商页面'), contributing.indexOf('## 读懂检查结果'));

test('CONTRIBUTING.md explains every provider field and every allowed answer, so editors and the schema agree', () => {
  expect(providerSection.length).toBeGreaterThan(0);
  const undocumented = [...providerFields, ...sourceFields].filter((field) => !providerSection.includes(`\`${field}\``));
  expect(undocumented).toEqual([]);
  const unlistedAnswers = [...providerKinds, ...renewableAnswers, ...joiningAnswers, ...leftoverAnswers].filter((answer) => !providerSection.includes(`\`${answer}\``));
  expect(unlistedAnswers).toEqual([]);
});
