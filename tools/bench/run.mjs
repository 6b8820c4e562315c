// `npm run bench`: measures what tests must not time. The build time of the real site and of 100 and 1,000
// synthetic articles, Lighthouse (mobile) on three pages and wrk against nginx. Writes reports/benchmark.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../../playwright.config.ts';
import { startNginx } from '../../tests/support/nginx.ts';
import { copyProject } from '../../tests/support/project-copy.ts';
import { writeSyntheticArticles } from './synthetic-articles.mjs';

const root = new URL('../../', import.meta.url).pathname;
if (spawnSync('sh', [join(root, 'tools/ensure-debian-packages.sh'), 'chromium', 'fonts-noto-cjk', 'nginx', 'wrk'], { stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const lines = [`# Benchmark`, '', `Run on ${new Date().toISOString().slice(0, 16)}Z, ${navigator.hardwareConcurrency} cores, Node ${process.version}.`, ''];

/** Runs the Astro build (`npm run build:site`: the copy has no tools/ to bring Node) in `cwd`; returns the wall time in seconds. */
function timedBuild(cwd) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build:site', '--silent'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`build failed in ${cwd}`);
  return (performance.now() - started) / 1000;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A copy of the project whose content/ holds the real articles plus `count` synthetic ones. */
function projectWithArticles(count) {
  const copy = copyProject(`esim-bench-${count}-`);
  writeSyntheticArticles(join(copy, 'content'), count);
  return copy;
}

// 1. Build times.
const realArticles = readdirSync(join(root, 'content')).filter((name) => /\.mdx?$/.test(name)).length;
const buildRows = [];
const realRuns = [1, 2, 3].map(() => timedBuild(root));
buildRows.push({ articles: realArticles, seconds: median(realRuns) });
for (const count of [100, 1000]) {
  const copy = projectWithArticles(count);
  timedBuild(copy); // warm the content-layer cache, as an editor's machine would be
  const seconds = median([timedBuild(copy), timedBuild(copy)]);
  buildRows.push({ articles: realArticles + count, seconds });
  rmSync(copy, { recursive: true, force: true });
}
lines.push('## Build time (`npm run build`, search index included, median)', '', '| articles | seconds | ms per article |', '| ---: | ---: | ---: |');
for (const { articles, seconds } of buildRows) {
  lines.push(`| ${articles} | ${seconds.toFixed(2)} | ${((seconds * 1000) / articles).toFixed(1)} |`);
}
lines.push('', `Goal: 1,000 articles in under 8 s, growing no faster than linearly.`, '');

// 2. Lighthouse, mobile defaults, against the built site served as in production (nginx, gzip).
timedBuild(root);
const server = await startNginx({ siteDir: join(root, 'dist'), port: 4470 });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...chromiumArgs] });
lines.push('## Lighthouse (mobile, served by nginx with deploy/nginx.conf, median of 3 runs)', '', '| page | performance | accessibility | best practices | SEO | LCP s | TBT ms | CLS | total KiB |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
try {
  for (const path of ['/', '/what-is-esim/', '/renewal-steps/']) {
    // Lighthouse's simulated timings vary from run to run on a shared machine: report the median of three.
    const runs = [];
    for (let run = 0; run < 3; run += 1) {
      runs.push((await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' })).lhr);
    }
    const score = (id) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
    const audit = (id) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
    lines.push(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} | ${audit('total-blocking-time').toFixed(0)} | ${audit('cumulative-layout-shift').toFixed(3)} | ${(audit('total-byte-weight') / 1024).toFixed(1)} |`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}
lines.push('', 'Goals: 100 in every category, LCP under 0.85 s, an article under 17 KiB in total.', '');

// 3. Load: wrk against nginx on loopback for 10 s (tools/bench/serve-load.mjs prints a Markdown table).
const load = spawnSync('node', [join(root, 'tools/bench/serve-load.mjs')], { cwd: root, encoding: 'utf8' });
lines.push('## Serving load (wrk, 10 s, loopback)', '', load.stdout.trim() || `failed: ${load.stderr}`, '');

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/benchmark.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
