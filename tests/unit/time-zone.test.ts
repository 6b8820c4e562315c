import { expect, test } from 'vitest';

// The date tests prove nothing about a zone they do not run in: each `dates-*` project sets TZ (vitest.config.ts).
test('the date tests run in the time zone their project names', () => {
  const expected = process.env['TZ'];
  expect(expected).toMatch(/^[A-Z][a-z]+\/[A-Z]/);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
  const offsetHours = -new Date('2026-12-06T00:00:00Z').getTimezoneOffset() / 60;
  expect(offsetHours).toBe({ 'Asia/Baku': 4, 'America/Los_Angeles': -8, 'Pacific/Kiritimati': 14 }[expected!]);
});
