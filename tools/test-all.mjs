// Runs the project's checks in order and ends with one plain line, `N passed, N failed`, which CI reads (it
// does not read vitest's or Playwright's own summaries). Two tiers:
// - `node tools/test-all.mjs --quick` (`npm run check`, the editors' loop): everything that needs no browser.
// - `node tools/test-all.mjs` (`npm test`): the same, then Debian's Chromium and nginx and the browser tests.
// Each step's time and the ten slowest tests are printed before the closing line.
//
// The checks that need no browser run in two lanes at once, one per core: the tests that run the project's
// commands in copies of it in one, the gates, unit tests, the build and the built-site tests in the other. A lane's output is printed
// step by step as each finishes, so the two never interleave.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const quick = process.argv.includes('--quick');
const startedAt = performance.now();
const reports = 'reports/tests';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** A vitest run of `projects` that writes its JSON report as `report`, which the counts below are read from. */
const vitestStep = (name, projects, report) => ({
  name,
  command: `vitest run ${projects.map((project) => `--project ${project}`).join(' ')} --reporter=default --reporter=json --outputFile.json=${reports}/${report}.json`,
  report,
});

/**
 * `gate`: a step that is not a test runner; it counts as one check. `isBuild`: the build the later steps read.
 * `needsBuild`: reads dist/.
 */
const buildLane = [
  { name: '内容检查 (npm run lint:content)', command: 'node tools/lint-content.ts', gate: true },
  { name: '格式 (prettier --check)', command: 'prettier --check --log-level warn .', gate: true },
  { name: '代码检查 (eslint)', command: 'eslint --max-warnings 0 .', gate: true },
  { name: '类型检查 (astro check)', command: 'astro check --minimumSeverity warning', gate: true },
  // The date modules' tests run once per time zone (vitest.config.ts): a day must not slip in any of them.
  vitestStep('单元与组件测试 (vitest)', ['unit', 'dates-*', 'components'], 'unit'),
  { name: '构建 (astro build)', command: 'astro build', gate: true, isBuild: true },
  { ...vitestStep('构建产物测试 (vitest, dist/)', ['site'], 'site'), needsBuild: true },
];

// The tests that run the project's own commands in copies of it (npm run new, the content check, builds, the
// dev server): mostly waiting for those processes, so they overlap well with the lane above.
const testLane = [vitestStep('内容与命令测试 (vitest)', ['content'], 'content')];

const browserSteps = [
  // Browser tests use Debian's Chromium and CJK fonts (no browser is downloaded) and Debian's nginx.
  {
    name: 'Chromium、中文字体与 nginx',
    command: 'sh tools/ensure-debian-packages.sh chromium fonts-noto-cjk nginx',
    live: true,
    gate: true,
  },
  {
    name: '浏览器测试 (Playwright + Chromium)',
    command: 'playwright test',
    live: true,
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
    report: 'e2e',
    needsBuild: true,
  },
];

let passed = 0;
let failed = 0;
let built = false;
const problems = [];
const stepTimes = [];
const testTimes = [];

await Promise.all([runLane(buildLane), runLane(testLane)]);
if (!quick) await runLane(browserSteps);

/** Runs `steps` one after another. */
async function runLane(steps) {
  for (const step of steps) await runStep(step);
}

/** Runs one step, prints its output when it ends, and counts its checks. */
async function runStep(step) {
  if (step.needsBuild && !built) {
    failed += 1;
    problems.push(`${step.name}：没有运行，因为构建失败`);
    return;
  }
  const started = performance.now();
  if (step.live) console.log(`\n━━ ${step.name} ━━`);
  const { status, output } = await run(step);
  const seconds = (performance.now() - started) / 1000;
  stepTimes.push({ name: step.name, seconds });
  if (!step.live) console.log(`\n━━ ${step.name}（${seconds.toFixed(1)} s）━━\n${output}`);
  const ok = status === 0;
  if (step.isBuild) built = ok;
  if (step.gate) {
    if (ok) passed += 1;
    else {
      failed += 1;
      problems.push(`${step.name}：失败`);
    }
    return;
  }
  countReport(step, status);
}

/** Runs a step's command; resolves with its exit status and what it printed (a `live` step prints as it goes). */
function run(step) {
  return new Promise((resolve) => {
    const stdio = step.live ? 'inherit' : 'pipe';
    const child = spawn(step.command, { shell: true, stdio, env: { ...process.env, FORCE_COLOR: '1', ...step.env } });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString() }));
  });
}

function countReport(step, status) {
  const report = readReport(`${reports}/${step.report}.json`);
  if (!report) {
    failed += 1;
    problems.push(`${step.name}：没有生成测试报告（退出码 ${status}）`);
    return;
  }
  const { counts, durations, failures } = report;
  testTimes.push(...durations);
  for (const { name, message } of failures) problems.push(`${name}\n    ${message}`);
  passed += counts.passed;
  failed += counts.failed + counts.skipped;
  if (counts.skipped > 0) problems.push(`${step.name}：${counts.skipped} 个测试被跳过（跳过的测试算作失败）`);
  if (status !== 0 || counts.failed > 0) {
    // A runner that failed without a failing test (a crash, a bad config) still counts as one failure.
    if (counts.failed === 0) failed += 1;
    problems.push(`${step.name}：失败（退出码 ${status}）`);
  }
}

/** Counts, per-test durations (ms) and failures from a vitest or Playwright JSON report. */
function readReport(path) {
  if (!existsSync(path)) return null;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  return 'numPassedTests' in report ? readVitestReport(report) : readPlaywrightReport(report);
}

/** A failure's first lines without colour codes: CI keeps only part of a long log, and this part comes last. */
function firstLines(message = '') {
  return stripVTControlCharacters(message).trim().split('\n').slice(0, 4).join('\n    ');
}

/** Per-test durations and the failed tests' first lines, from `{ name, ms, failure }` (failure null on a pass). */
function timesAndFailures(tests) {
  const durations = tests.map(({ name, ms }) => ({ name, ms }));
  const failures = tests
    .filter((test) => test.failure !== null)
    .map(({ name, failure }) => ({ name, message: firstLines(failure) }));
  return { durations, failures };
}

function readVitestReport(report) {
  const tests = report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      name: `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`,
      ms: test.duration ?? 0,
      failure: test.status === 'failed' ? test.failureMessages?.[0] : null,
    })),
  );
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  return { counts, ...timesAndFailures(tests) };
}

function readPlaywrightReport(report) {
  const specsOf = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
  const tests = (report.suites ?? []).flatMap(specsOf).flatMap((spec) =>
    spec.tests.map((test) => ({
      name: `${spec.file} › ${spec.title} [${test.projectName}]`,
      ms: Math.max(0, ...test.results.map((result) => result.duration)),
      failure: test.status === 'expected' || test.status === 'skipped' ? null : test.results.at(-1)?.error?.message,
    })),
  );
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { counts: { passed: expected, failed: unexpected + flaky, skipped }, ...timesAndFailures(tests) };
}

const seconds = (value) => `${value.toFixed(1).padStart(6)} s`;
console.log('\n各步用时：');
for (const { name, seconds: time } of stepTimes) console.log(`${seconds(time)}  ${name}`);
// The two lanes overlap, so the whole run takes less than the steps' sum.
console.log(`${seconds((performance.now() - startedAt) / 1000)}  全部（两条并行的线路同时运行，所以少于各步之和）`);
console.log('\n最慢的 10 个测试：');
for (const { name, ms } of testTimes.sort((a, b) => b.ms - a.ms).slice(0, 10))
  console.log(`${seconds(ms / 1000)}  ${name}`);

console.log('');
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
