import { inDevServer } from '../dev-server.ts';

/** How long to wait for the worker's answer: a first registration downloads the shell first (about 100 KB). */
const ANSWER_WITHIN_MS = 60_000;

/**
 * 我的 eSIM: registers the edition's worker if it is not yet (the seller page has no other script that does) and
 * asks it to keep `path` now (./worker.ts); true once the page is on the device, false where it cannot be (no
 * service worker, the dev server, a failed download) or no answer comes: a worker from before this message
 * ignores it, and one whose install failed never becomes ready.
 */
export function keepPageOffline(serviceWorkerUrl: string, path: string): Promise<boolean> {
  const container = navigator.serviceWorker;
  if (inDevServer || !container) return Promise.resolve(false);
  return new Promise((resolve) => {
    setTimeout(resolve, ANSWER_WITHIN_MS, false);
    container.onmessage = ({ data }) => resolve(data?.kept === path);
    container
      .register(serviceWorkerUrl)
      .then(() => container.ready)
      .then(
        ({ active }) => active!.postMessage({ keep: path }),
        () => resolve(false),
      );
  });
}
