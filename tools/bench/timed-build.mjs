// Times `npm run build:site` in a project folder: wall time and the CPU time of all its processes. Shared by
// `npm run bench` and `npm run scale`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the Astro build (`npm run build:site`: a copy has no tools/node_modules to bring Node) in `cwd`; returns
 * its wall time and the CPU time of all its processes (user + system, from GNU time) in seconds. On a shared VM
 * the CPU time drifts far less than the wall time, and it shows the work the build does.
 */
export function timedBuild(cwd) {
  const cpuFile = join(tmpdir(), `esim-build-cpu-${process.pid}.txt`);
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, 'npm', 'run', 'build:site', '--silent'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`build failed in ${cwd}`);
  const seconds = (performance.now() - started) / 1000;
  const [user, system] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number);
  return { seconds, cpuSeconds: user + system };
}
