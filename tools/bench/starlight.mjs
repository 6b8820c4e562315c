// `npm run bench:starlight`: this site's build cost per page against Starlight's, on the same 1,000 synthetic
// articles (tools/bench/synthetic-articles.mjs). Builds a copy of the project with them added, and a Starlight
// site installed from the npm registry (into a folder under the system's temporary folder, kept between runs;
// nothing of Starlight is in this repository) with the same files in src/content/docs. One warm-up build each,
// then clean builds alternated (ours, Starlight's, ours, …): dist/ removed before each, the caches (.astro/,
// node_modules/.astro/) kept on both sides, as on an editor's machine (`-- --cold`: removed too, as in a fresh
// clone). Prints, and writes to reports/starlight.md, each side's median wall and CPU seconds and CPU ms per
// page, and the ratio of CPU per page (ours / Starlight's, median of the pairs). `-- --runs 5` for more pairs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, projectRoot as root } from '../lib/project-copy.ts';
import { filesUnder } from '../../src/lib/files/files-under.ts';
import { ensureDebianPackages } from '../debian-packages.mjs';
import { writeSyntheticArticles } from './synthetic-articles.mjs';
import { timedBuild } from './timed-build.mjs';

const articles = 1000;
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, cold: { type: 'boolean', default: false } },
});
const runs = Number(options.runs);
ensureDebianPackages('time');

/** Starlight's defaults (its sidebar lists every page, as a new Starlight site's does): Pagefind search and a sitemap, as here. */
const starlightFiles = {
  'package.json': JSON.stringify({
    name: 'starlight-bench',
    private: true,
    type: 'module',
    scripts: { 'build:site': 'astro build' },
    dependencies: { '@astrojs/starlight': '~0.42.0', astro: '~7.4.0' },
  }),
  'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.com', integrations: [starlight({ title: '阿塞拜疆 eSIM 续费指南', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.md': '---\ntitle: 阿塞拜疆 eSIM 续费指南\n---\n\n[测试文章 1](/bench-1/)\n',
};

/** The Starlight site, installed once (again when its package.json changes); its docs replaced on every run. */
function starlightSite() {
  const site = join(tmpdir(), 'esim-bench-starlight');
  const installed =
    existsSync(join(site, 'node_modules/.package-lock.json')) &&
    readFileSync(join(site, 'package.json'), 'utf8') === starlightFiles['package.json'];
  rmSync(join(site, 'src'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(starlightFiles)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  if (!installed) {
    console.log(`› 从 npm 安装 Starlight：${site}`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: site,
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error('npm install of Starlight failed');
  }
  writeSyntheticArticles(join(site, 'src/content/docs'), articles);
  return site;
}

/** The version of an installed package in `site`. */
const versionOf = (site, name) =>
  JSON.parse(readFileSync(join(site, 'node_modules', name, 'package.json'), 'utf8')).version;
const htmlPages = (site) => filesUnder(join(site, 'dist')).filter((file) => file.endsWith('.html')).length;
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What a clean build starts without: the output, and with --cold Astro's caches (each copy has its own node_modules/.astro). */
const removedBeforeBuild = options.cold ? ['dist', '.astro', 'node_modules/.astro'] : ['dist'];

/** A clean build of `site`, timed, with its page count. */
function cleanBuild(site) {
  for (const path of removedBeforeBuild) rmSync(join(site, path), { recursive: true, force: true });
  const { seconds, cpuSeconds } = timedBuild(site);
  const pages = htmlPages(site);
  return { seconds, cpuSeconds, pages, cpuMsPerPage: (cpuSeconds * 1000) / pages };
}

const ours = copyProject('esim-vs-starlight-');
writeSyntheticArticles(join(ours, 'content'), articles);
const starlight = starlightSite();
const sides = { 'this site (two editions)': { site: ours, runs: [] }, Starlight: { site: starlight, runs: [] } };

console.log(`› 预热：各构建一次（不计），再交替计时 ${runs} 轮`);
for (const side of Object.values(sides)) cleanBuild(side.site);
for (let run = 1; run <= runs; run += 1) {
  for (const [name, side] of Object.entries(sides)) {
    side.runs.push(cleanBuild(side.site));
    const last = side.runs.at(-1);
    console.log(
      `  ${run}/${runs} ${name}: ${last.pages} pages, ${last.seconds.toFixed(1)} s wall, ${last.cpuSeconds.toFixed(1)} s CPU`,
    );
  }
}

const [oursRuns, starlightRuns] = Object.values(sides).map((side) => side.runs);
const ratios = oursRuns.map((run, index) => run.cpuMsPerPage / starlightRuns[index].cpuMsPerPage);
const row = (name, list) =>
  `| ${name} | ${list[0].pages} | ${median(list.map((run) => run.seconds)).toFixed(1)} | ${median(list.map((run) => run.cpuSeconds)).toFixed(1)} | ${median(list.map((run) => run.cpuMsPerPage)).toFixed(1)} |`;
const report = [
  '# Build cost per page vs Starlight',
  '',
  `Run on ${new Date().toISOString().slice(0, 16)}Z, ${navigator.hardwareConcurrency} cores, Node ${process.version}; ${articles} synthetic articles on both sides; Astro ${versionOf(ours, 'astro')} here, Starlight ${versionOf(starlight, '@astrojs/starlight')} on Astro ${versionOf(starlight, 'astro')}.`,
  `Clean builds (${removedBeforeBuild.join(', ')} removed before each${options.cold ? '' : '; caches kept'}) after one warm-up each, alternated, ${runs} pairs, medians; CPU = user + sys of every process (GNU time).`,
  '',
  '| site | pages | wall s | CPU s | CPU ms per page |',
  '| --- | ---: | ---: | ---: | ---: |',
  row(Object.keys(sides)[0], oursRuns),
  row(Object.keys(sides)[1], starlightRuns),
  '',
  `**CPU per page, this site / Starlight: ${median(ratios).toFixed(2)}×** (pairs: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; goal ≤ 0.85×).`,
  '',
].join('\n');
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/starlight.md'), report);
console.log(`\n${report}`);
rmSync(ours, { recursive: true, force: true });
