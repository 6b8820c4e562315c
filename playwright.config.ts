import { defineConfig, devices } from '@playwright/test';
import type { ServerOptions } from './tests/e2e/fixtures.ts';
import { chromiumLaunchOptions } from './tools/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig<object, ServerOptions>({
  testDir: 'tests/e2e',
  forbidOnly: true,
  // Playwright's own timeouts (30 s a test, 5 s an assertion): the tests visit one page per template, not every
  // page. A test that needs more says why where it sets its own.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // Everything against `astro preview`, except the checks of the production server's own configuration.
    { name: 'preview', testIgnore: /(deploy|offline-data)\.spec\.ts$/ },
    // Debian's nginx with deploy/nginx.conf, started by the tests themselves (tests/e2e/fixtures.ts).
    { name: 'nginx', testMatch: /(deploy|offline|offline-data)\.spec\.ts$/, use: { server: 'nginx' } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
