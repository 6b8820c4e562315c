// Runs every check of the project in order and ends with one plain line, `N passed, N failed`,
// which CI reads (it does not read vitest's or Playwright's own summaries).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'reports/tests';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** The date modules' tests run once in each zone: date arithmetic must not move a day in any of them. */
const timeZones = ['Asia/Baku', 'America/Los_Angeles', 'Pacific/Kiritimati'];

/** A vitest run of `projects` that writes its JSON report as `report`, which the counts below are read from. */
const vitestStep = (name, projects, report, env) => ({
  name,
  command: `vitest run ${projects.map((project) => `--project ${project}`).join(' ')} --reporter=default --reporter=json --outputFile.json=${reports}/${report}.json`,
  report,
  env,
});

/** `gate`: a step that is not a test runner; it counts as one check. `needsBuild`: reads dist/. */
const steps = [
  // Browser tests use Debian's Chromium and CJK fonts (no browser is downloaded) and Debian's nginx.
  { name: 'Chromium、中文字体与 nginx', command: 'sh tools/ensure-debian-packages.sh chromium fonts-noto-cjk nginx', gate: true },
  { name: '类型检查 (astro check)', command: 'astro check --minimumSeverity warning', gate: true },
  { name: '内容检查 (npm run lint:content)', command: 'node tools/lint-content.ts', gate: true },
  vitestStep('单元测试', ['unit'], 'unit'),
  ...timeZones.map((zone) => vitestStep(`日期模块测试 TZ=${zone}`, ['dates'], `dates-${zone.replace('/', '-')}`, { TZ: zone })),
  vitestStep('组件与内容测试', ['components', 'content'], 'components-content'),
  { name: '构建 (astro build)', command: 'astro build', gate: true, isBuild: true },
  { ...vitestStep('构建产物测试', ['site'], 'site'), needsBuild: true },
  {
    name: '浏览器测试 (Playwright + Chromium)',
    command: 'playwright test',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
    report: 'e2e',
    needsBuild: true,
  },
];

let passed = 0;
let failed = 0;
let built = false;
const problems = [];

for (const step of steps) {
  if (step.needsBuild && !built) {
    failed += 1;
    problems.push(`${step.name}：没有运行，因为构建失败`);
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  const result = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = result.status === 0;
  if (step.isBuild) built = ok;
  if (step.gate) {
    ok ? (passed += 1) : (failed += 1);
    if (!ok) problems.push(`${step.name}：失败`);
    continue;
  }
  const counts = readCounts(`${reports}/${step.report}.json`);
  if (!counts) {
    failed += 1;
    problems.push(`${step.name}：没有生成测试报告（退出码 ${result.status}）`);
    continue;
  }
  passed += counts.passed;
  failed += counts.failed + counts.skipped;
  if (counts.skipped > 0) problems.push(`${step.name}：${counts.skipped} 个测试被跳过（跳过的测试算作失败）`);
  if (!ok || counts.failed > 0) {
    // A runner that failed without a failing test (a crash, a bad config) still counts as one failure.
    if (counts.failed === 0) failed += 1;
    problems.push(`${step.name}：失败（退出码 ${result.status}）`);
  }
}

/** Reads passed/failed/skipped from a vitest or Playwright JSON report. */
function readCounts(path) {
  if (!existsSync(path)) return null;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if ('numPassedTests' in report) {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected, failed: unexpected + flaky, skipped };
}

console.log('');
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
