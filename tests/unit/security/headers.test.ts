import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  cacheForever,
  headerRules,
  headersFile,
  headersFor,
  matches,
  notFoundPages,
  redirectsFile,
  revalidate,
  securityHeaders,
} from '../../../src/lib/security/headers.ts';

const nginxConfig = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');

describe('the header table', () => {
  test.each([
    ['/', revalidate],
    ['/faq/', revalidate],
    ['/zh-hant/providers/nar/', revalidate],
    ['/404.html', revalidate],
    ['/zh-hant/404.html', revalidate],
    ['/_astro/BaseLayout.CxA1b2.css', cacheForever],
    ['/_astro/esim.Dk3f.webp', cacheForever],
    ['/sw-348ff4fcb224.js', cacheForever],
    ['/sw-search-0a1b2c3d.json', cacheForever],
    ['/sw.js', revalidate],
    ['/zh-hant/sw.js', revalidate],
    ['/manifest.webmanifest', revalidate],
    ['/zh-hant/manifest.webmanifest', revalidate],
  ])('%s: one Cache-Control (%s) and every security header', (path, cacheControl) => {
    expect(headersFor(path)).toMatchObject({ ...securityHeaders, 'Cache-Control': cacheControl });
  });

  test('files no rule names get only the security headers (the host default revalidates)', () => {
    for (const path of ['/pagefind/pagefind.js', '/icons/icon-192.png', '/rss.xml', '/favicon.svg'])
      expect(headersFor(path), path).toEqual(securityHeaders);
  });

  test('headersFor joins the values of a header that two matching rules set, as Cloudflare Pages does', () => {
    const overlapping = [...headerRules, { pattern: '/*', headers: { 'Cache-Control': revalidate } }];
    expect(headersFor('/_astro/a.css', overlapping)['Cache-Control']).toBe(`${cacheForever}, ${revalidate}`);
  });

  test('a splat matches any characters, slashes included; everything else literally', () => {
    expect(matches('/*/', '/zh-hant/faq/')).toBe(true);
    expect(matches('/*/', '/')).toBe(false);
    expect(matches('/*.html', '/faqxhtml')).toBe(false);
    expect(matches('/sw.js', '/swxjs')).toBe(false);
  });

  test('_headers lists each rule as a pattern line and indented `Name: value` lines', () => {
    const file = headersFile();
    expect(file).toContain(`/_astro/*\n  Cache-Control: ${cacheForever}\n`);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${securityHeaders['Content-Security-Policy']}\n`);
    expect(file.split('\n').filter((line) => line.startsWith('/'))).toHaveLength(headerRules.length);
  });
});

test('deploy/nginx.conf sends the security headers of the table, on every response', () => {
  const sent = Object.fromEntries(
    [...nginxConfig.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name, value]),
  );
  expect(sent).toEqual(securityHeaders);
  expect(nginxConfig).toContain(`"${cacheForever}"`);
  expect(nginxConfig).toContain(`"${revalidate}"`);
});

describe('404 pages per edition', () => {
  test('each edition has its own 404 page in its own folder', () => {
    expect(notFoundPages.map(({ folder, page }) => [folder, page])).toEqual([
      ['/', '/404.html'],
      ['/zh-hant/', '/zh-hant/404.html'],
    ]);
  });

  test('_redirects sends an unknown address under /zh-hant/ to the Traditional 404 page with status 404, and nothing else', () => {
    const rules = redirectsFile()
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual(['/zh-hant/*  /zh-hant/404.html  404']);
  });

  test('nginx uses the same page per edition', () => {
    expect(nginxConfig).toMatch(/location \/zh-hant\/ \{[^}]*error_page 403 404 =404 \/zh-hant\/404\.html;/);
    expect(nginxConfig).toMatch(/^\s*error_page 403 404 =404 \/404\.html;/m);
  });
});
