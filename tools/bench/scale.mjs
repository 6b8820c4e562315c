// `npm run scale`: the site at 1,000 articles. Builds a copy of the project with 1,000 synthetic articles
// (tools/bench/synthetic-articles.mjs), reports the build's wall and CPU time per page, and runs the
// built-site tests (tests/site: budgets, HTML validity, links, CSP, the offline budget) on that build.
// Exits non-zero when a test fails. Not part of `npm test`: it takes minutes. Writes reports/scale.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files/files-under.ts';
import { copyProject, projectRoot as root } from '../lib/project-copy.ts';
import { ensureDebianPackages } from '../debian-packages.mjs';
import { writeSyntheticArticles } from './synthetic-articles.mjs';
import { timedBuild } from './timed-build.mjs';

const articles = 1000;
ensureDebianPackages('time');

const copy = copyProject('esim-scale-');
writeSyntheticArticles(join(copy, 'content'), articles);
console.log(`› 构建 ${articles} 篇合成文章的副本：${copy}`);
const { seconds, cpuSeconds } = timedBuild(copy);
const pages = filesUnder(join(copy, 'dist')).filter((file) => file.endsWith('.html')).length;

console.log('› 在这个构建上运行构建产物测试（tests/site）');
const tests = spawnSync('npx', ['vitest', 'run', '--project', 'site', '--reporter=dot'], {
  cwd: copy,
  stdio: 'inherit',
});
const passed = tests.status === 0;

const report = [
  '# Scale check',
  '',
  `Run on ${new Date().toISOString().slice(0, 16)}Z, ${navigator.hardwareConcurrency} cores, Node ${process.version}: ${articles} synthetic articles added to the real site.`,
  '',
  '| pages built | build s | CPU s (user + sys) | ms per page | CPU ms per page | built-site tests |',
  '| ---: | ---: | ---: | ---: | ---: | --- |',
  `| ${pages} | ${seconds.toFixed(1)} | ${cpuSeconds.toFixed(1)} | ${((seconds * 1000) / pages).toFixed(1)} | ${((cpuSeconds * 1000) / pages).toFixed(1)} | ${passed ? 'passed' : 'FAILED'} |`,
  '',
].join('\n');
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/scale.md'), report);
console.log(`\n${report}`);

if (passed) {
  rmSync(copy, { recursive: true, force: true });
} else {
  console.log(`构建产物测试失败；构建留在 ${copy}/dist 供查看（看完请删除）。`);
  process.exitCode = 1;
}
