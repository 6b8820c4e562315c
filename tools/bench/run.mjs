// `npm run bench`: measures what tests must not time. The build time of the real site and of 100 and 1,000
// synthetic articles, Lighthouse (mobile) on three pages and wrk against nginx. Writes reports/benchmark.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../lib/chromium.ts';
import { startNginx } from '../lib/nginx.ts';
import { copyProject, projectRoot as root } from '../lib/project-copy.ts';
import { ensureDebianPackages } from '../debian-packages.mjs';
import { timedBuild } from './timed-build.mjs';
import { writeSyntheticArticles } from './synthetic-articles.mjs';

ensureDebianPackages('chromium', 'fonts-noto-cjk', 'nginx', 'wrk', 'time');
const lines = [
  `# Benchmark`,
  '',
  `Run on ${new Date().toISOString().slice(0, 16)}Z, ${navigator.hardwareConcurrency} cores, Node ${process.version}.`,
  '',
];

/** The middle item of `items` ordered by `key` (the items themselves by default). */
const median = (items, key = (item) => item) =>
  [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)];

/** A copy of the project whose content/ holds the real articles plus `count` synthetic ones. */
function projectWithArticles(count) {
  const copy = copyProject(`esim-bench-${count}-`);
  writeSyntheticArticles(join(copy, 'content'), count);
  return copy;
}

// 1. Build times.
const realArticles = readdirSync(join(root, 'content')).filter((name) => /\.mdx?$/.test(name)).length;
const buildRows = [];
/** The run with the median wall time, with that same run's CPU time. */
const medianRun = (runs) => median(runs, (run) => run.seconds);
buildRows.push({ articles: realArticles, ...medianRun([1, 2, 3].map(() => timedBuild(root))) });
for (const count of [100, 1000]) {
  const copy = projectWithArticles(count);
  timedBuild(copy); // warm the content-layer cache, as an editor's machine would be
  buildRows.push({
    articles: realArticles + count,
    ...medianRun([timedBuild(copy), timedBuild(copy), timedBuild(copy)]),
  });
  rmSync(copy, { recursive: true, force: true });
}
lines.push(
  '## Build time (`npm run build:site`, both editions, search index included, median)',
  '',
  '| articles | seconds | CPU seconds (user + sys) | ms per article |',
  '| ---: | ---: | ---: | ---: |',
);
for (const { articles, seconds, cpuSeconds } of buildRows) {
  lines.push(
    `| ${articles} | ${seconds.toFixed(2)} | ${cpuSeconds.toFixed(1)} | ${((seconds * 1000) / articles).toFixed(1)} |`,
  );
}
lines.push('', `Goal: 1,000 articles in under 8 s, growing no faster than linearly.`, '');

// 2. Lighthouse, mobile defaults, against the built site served as in production (nginx, gzip). dist/ is the
// real site's last timed build: the synthetic sites are built in copies.
const server = await startNginx({ siteDir: join(root, 'dist'), port: 4470 });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
lines.push(
  '## Lighthouse (mobile, served by nginx with deploy/nginx.conf, median of 3 runs)',
  '',
  '| page | performance | accessibility | best practices | SEO | LCP s | LCP of each run | TBT ms | CLS | total KiB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
try {
  for (const path of ['/', '/what-is-esim/', '/renewal-steps/']) {
    // Lighthouse's simulated timings vary from run to run on a shared machine: report the median of three.
    const runs = [];
    for (let run = 0; run < 3; run += 1) {
      runs.push(
        (await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' })).lhr,
      );
    }
    const score = (id) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
    const values = (id) => runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN);
    const audit = (id) => median(values(id));
    // Each run's LCP too: it flips between about 0.75 and 0.90 s (BENCHMARKS.md explains why).
    const lcpRuns = values('largest-contentful-paint')
      .map((ms) => (ms / 1000).toFixed(2))
      .join(' · ');
    lines.push(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} | ${lcpRuns} | ${audit('total-blocking-time').toFixed(0)} | ${audit('cumulative-layout-shift').toFixed(3)} | ${(audit('total-byte-weight') / 1024).toFixed(1)} |`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}
lines.push('', 'Goals: 100 in every category, LCP under 0.85 s, an article under 17 KiB in total.', '');

// 3. Load: wrk against nginx on loopback for 10 s (tools/bench/serve-load.mjs prints a Markdown table).
const load = spawnSync(process.execPath, [join(root, 'tools/bench/serve-load.mjs')], { cwd: root, encoding: 'utf8' });
lines.push('## Serving load (wrk, 10 s, loopback)', '', load.stdout.trim() || `failed: ${load.stderr}`, '');
if (load.status !== 0) process.exitCode = 1; // a request failed under load, or wrk could not run

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/benchmark.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
