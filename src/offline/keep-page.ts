import { inDevServer } from '../dev-server.ts';

/**
 * 我的 eSIM: registers the edition's worker if it is not yet (the seller page has no other script that does) and
 * asks it to keep `path` now (./worker.ts); true once the page is on the device, false where it cannot be
 * (no service worker, the dev server, a failed download).
 */
export async function keepPageOffline(serviceWorkerUrl: string, path: string): Promise<boolean> {
  const container = navigator.serviceWorker;
  if (inDevServer || !container) return false;
  await container.register(serviceWorkerUrl);
  const { active } = await container.ready;
  return new Promise((resolve) => {
    container.onmessage = ({ data }) => resolve(data?.kept === path);
    active!.postMessage({ keep: path });
  });
}
