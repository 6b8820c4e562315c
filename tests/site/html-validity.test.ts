import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { distDir, distFiles } from '../support/dist';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const htmlFiles = distFiles().filter((file) => file.endsWith('.html'));

test.each(htmlFiles)('dist/%s is valid HTML', async (file) => {
  const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
  const errors = report.results.flatMap((result) =>
    result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(errors).toEqual([]);
});
