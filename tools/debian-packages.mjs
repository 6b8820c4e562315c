// The tools that need Debian's packages (Chromium and its CJK fonts, nginx, wrk, GNU time) install them
// through tools/ensure-debian-packages.sh before they start, as `npm test` does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./ensure-debian-packages.sh', import.meta.url));

/** Installs the missing ones of `packages` (as root), or says which command to run and exits. */
export function ensureDebianPackages(...packages) {
  if (spawnSync('sh', [script, ...packages], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
