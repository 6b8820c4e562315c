// How every tool and test launches Chromium: Playwright's tests, the icon and share-image renderers, the
// Lighthouse benchmark. Plain Node loads this file too (tools/*.mjs), so it imports nothing.

/** Debian's Chromium (package `chromium`): downloads of browsers are impossible here. */
export const chromiumPath = '/usr/bin/chromium';

/** The flags this machine's closed network needs. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's launch options for it. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
