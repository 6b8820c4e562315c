// @ts-check
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'tools/node_modules/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A function a reader cannot see whole on one screen does more than one thing (issue 22).
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // A test file's describe() holds its cases: its length is a list, not a function doing too much.
  { files: ['tests/**'], rules: { 'max-lines-per-function': 'off' } },
  // Formatting is Prettier's: last, so no rule above argues with it.
  eslintConfigPrettier,
);
