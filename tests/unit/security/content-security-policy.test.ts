import { describe, expect, test } from 'vitest';
import { pagePolicy, sha256Source, withPolicyMeta } from '../../../src/lib/security/content-security-policy.ts';
import { cspHashOf } from '../../support/csp.ts';

test('sha256Source is the quoted base64 SHA-256 of the exact text', () => {
  expect(sha256Source('续费')).toBe(cspHashOf('续费'));
  expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});

describe('pagePolicy', () => {
  test.each([
    ['a page with nothing inline', '<p>正文</p>', [], []],
    ['an inline module script', '<script type="module">go()</script>', ['go()'], []],
    ['a classic inline script', '<script>go()</script>', ['go()'], []],
    ['an inline style', '<style>p{color:red}</style>', [], ['p{color:red}']],
    ['an external script, allowed by self', '<script type="module" src="/_astro/a.js"></script>', [], []],
    ['JSON-LD, which is never run', '<script type="application/ld+json">{"@type":"Article"}</script>', [], []],
    ['the same script twice, listed once', '<script>go()</script><script>go()</script>', ['go()'], []],
  ])('%s', (_, html, scripts, styles) => {
    expect(pagePolicy(html)).toBe(
      `script-src ${["'self'", "'wasm-unsafe-eval'", ...scripts.map(cspHashOf)].join(' ')}; style-src ${["'self'", ...styles.map(cspHashOf)].join(' ')}`,
    );
  });

  test('never allows inline code wholesale', () => {
    expect(pagePolicy('<script>go()</script><style>p{}</style>')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

describe('withPolicyMeta', () => {
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>go()</script></head><body></body></html>';

  test('puts the policy right after <meta charset>, before any script', () => {
    const result = withPolicyMeta(page);
    expect(result).toBe(
      page.replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' 'wasm-unsafe-eval' ${cspHashOf('go()')}; style-src 'self'">`,
      ),
    );
  });

  test('a page without <meta charset> fails with a message that says so', () => {
    expect(() => withPolicyMeta('<html><head></head></html>')).toThrow(/meta charset/);
  });
});
