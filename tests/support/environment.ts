/**
 * The environment a tool runs with as an editor runs it: without vitest's mode (NODE_ENV=test, DEV, MODE …,
 * which a build would inherit) and without GitHub Actions' variables, so a test run inside CI neither
 * annotates the pull request nor writes its job summary with the fixtures' mistakes.
 */
const notAnEditors = /^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|VITE_.*|GITHUB_.*|CI)$/;

export const editorEnvironment: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !notAnEditors.test(name)),
);
