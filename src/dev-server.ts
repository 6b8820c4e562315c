/**
 * True only in `astro dev`. Told by Vite's mode, not by `import.meta.env.DEV`/`PROD`: those follow NODE_ENV,
 * so a build run where NODE_ENV is `test` or `development` (a test runner, a shell profile) would pass for
 * the dev server and ship drafts, no CSP and no offline copy (tests/content/production-build.test.ts).
 */
export const inDevServer = import.meta.env.MODE === 'development';
