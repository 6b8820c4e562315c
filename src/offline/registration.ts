import { inDevServer } from '../dev-server.ts';

/**
 * Keeps the reader's edition of the guide offline by registering its service worker (`/sw.js`,
 * `/zh-hant/sw.js`, written by `astro build`). Only the reminder's script calls it: the save-offline button
 * registers on its own when pressed, and so does 我的 eSIM when marked (./keep-page.ts), so no other page registers in
 * the background and articles ship no JavaScript at all
 * (tests/site/budgets.test.ts); the home page carries the reminder, so one visit there saves the shell,
 * and every page read after it is kept too. It waits for the page's load event so saving never delays
 * the first view. A browser without service workers (an old one, plain http) simply gets no offline copy.
 */
export function keepGuideOffline(serviceWorkerUrl: string): void {
  if (!inDevServer) addEventListener('load', () => navigator.serviceWorker?.register(serviceWorkerUrl));
}
