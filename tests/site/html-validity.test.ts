import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { distFiles, readDistText } from '../support/dist.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const htmlFiles = distFiles().filter((file) => file.endsWith('.html'));

test.each(htmlFiles)('dist/%s is valid HTML', async (file) => {
  const report = await validator.validateString(readDistText(file), file);
  const errors = report.results.flatMap((result) =>
    result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(errors).toEqual([]);
});
