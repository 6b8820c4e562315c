/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The tests of the modules that work with calendar dates (today, expiry, renew-by, feed and verification
 * dates) run once in each of `timeZones`, where a day could slip; the other unit tests once.
 */
const dateTests = [
  'dates/calendar-date',
  'dates/day',
  'offline/saved-pages',
  'reminder/calendar-file',
  'reminder/renewal',
  'reminder/wording',
  'seo/feed',
  'providers/providers',
  'content-check/new-article',
  'content-check/frontmatter',
].map((name) => `tests/unit/${name}.test.ts`);

/** Ahead of UTC by 4 hours, behind it by 8, and the furthest ahead (UTC+14). */
const timeZones = ['Asia/Baku', 'America/Los_Angeles', 'Pacific/Kiritimati'];

// Astro's Vite config, so component tests can import `.astro` files and the Container API works.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      // Pure logic.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...dateTests, 'tests/unit/time-zone.test.ts'],
        },
      },
      ...timeZones.map((zone) => ({
        extends: true,
        test: {
          name: `dates-${zone.replace('/', '-')}`,
          include: [...dateTests, 'tests/unit/time-zone.test.ts'],
          env: { TZ: zone },
        },
      })),
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
      // Runs the project's own commands (npm run new, the content check, builds of a copy) as child processes:
      // starting one takes seconds on a busy 2-core machine, beyond vitest's 5 s; deleting a copy with its own
      // node_modules (the production build) is beyond the 10 s of a hook.
      {
        extends: true,
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      // Reads the built site in dist/: run after `npm run build`. A test that reads every page takes seconds
      // at 1,000 articles (npm run scale) or on a busy machine, beyond vitest's 5 s.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
