// Load benchmark of the production set-up: Debian's nginx with deploy/nginx.conf serving dist/ on
// loopback, loaded by wrk for 10 s with every built page in turn (gzip accepted, as browsers do).
// Prints requests per second, latency and errors; exits 1 if any request failed.
//   npm run build && tools/node_modules/.bin/node tools/bench/serve-load.mjs   (port: BENCH_NGINX_PORT, default 4399)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files/files-under.ts';
import { urlPathOf } from '../../src/offline/precache.ts';
import { startNginx } from '../lib/nginx.ts';
import { ensureDebianPackages } from '../debian-packages.mjs';
import { projectRoot as root } from '../lib/project-copy.ts';

const distDir = join(root, 'dist');
const port = Number(process.env.BENCH_NGINX_PORT ?? 4399);
const seconds = 10;

ensureDebianPackages('nginx', 'wrk');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error('dist/ 不存在：请先运行 npm run build。');
  process.exit(1);
}

const pagePaths = filesUnder(distDir)
  .filter((file) => file.endsWith('.html') && !/(^|\/)404\.html$/.test(file))
  .map(urlPathOf)
  .sort();

// wrk's Lua hooks: each request takes the next page; `done` prints the counts as one JSON line.
const script = `
wrk.headers["Accept-Encoding"] = "gzip"
local paths = { ${pagePaths.map((path) => JSON.stringify(path)).join(', ')} }
local next_index = 0
request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end
done = function(summary, latency)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50ms":%.3f,"p99ms":%.3f}\\n',
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1e3, latency:percentile(99) / 1e3))
end
`;

const workspace = mkdtempSync(join(tmpdir(), 'esim-guide-bench-'));
const scriptFile = join(workspace, 'pages.lua');
writeFileSync(scriptFile, script);
const server = await startNginx({ siteDir: distDir, port });
let wrk;
try {
  wrk = spawnSync('wrk', ['-t2', '-c32', `-d${seconds}s`, '--timeout', '2s', '-s', scriptFile, `${server.origin}/`], {
    encoding: 'utf8',
    timeout: (seconds + 10) * 1000,
  });
} finally {
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
}

const resultLine = wrk.stdout?.split('\n').find((line) => line.startsWith('{"requests"'));
if (wrk.status !== 0 || !resultLine) {
  console.error(`wrk failed (exit ${wrk.status}):\n${wrk.stdout ?? ''}${wrk.stderr ?? ''}`);
  process.exit(1);
}
const result = JSON.parse(resultLine);
const errors = result.connect + result.read + result.write + result.status + result.timeout;
console.log(
  `nginx + deploy/nginx.conf on ${server.origin}, wrk -t2 -c32 -d${seconds}s over ${pagePaths.length} pages (gzip)`,
);
console.log(`| requests/s | requests | p50 | p99 | errors |`);
console.log(`| --- | --- | --- | --- | --- |`);
console.log(
  `| ${Math.round(result.requests / result.seconds)} | ${result.requests} | ${result.p50ms.toFixed(2)} ms | ${result.p99ms.toFixed(2)} ms | ${errors} |`,
);
process.exit(errors === 0 ? 0 : 1);
