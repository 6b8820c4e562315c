import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/offline/integration.ts';
import { headersFor, type HeaderRule } from '../../src/lib/security/headers.ts';
import { siteConfig } from '../../src/site.config.ts';
import { headingOf, isTraditional, simplifiedPathOf } from '../support/built-site.ts';
import { cspDirectives } from '../support/csp.ts';
import { builtPages, distDir, distFiles, readDistText } from '../support/dist.ts';
import { startNginx } from '../../tools/lib/nginx.ts';
import { expect, nginxPort, test, waitForOfflineCopy, watchForErrors } from './fixtures.ts';
import { templatePages } from './templates.ts';

// Runs only in the `nginx` project: these are checks of deploy/nginx.conf.

const pages = builtPages();
const notFoundPage = pages.find((page) => page.path === '/404.html')!;
const traditionalNotFoundPage = pages.find((page) => page.path === '/zh-hant/404.html')!;
const guidePages = pages.filter((page) => !['/', '/404.html', '/offline/'].includes(simplifiedPathOf(page.path)));
/**
 * The built page of each template. nginx treats every page alike (deploy/nginx.conf has no rule per page), and
 * tests/site checks every page's CSP meta tag against its inline code, so one page per template is enough here.
 */
const templateBuiltPages = templatePages
  .map(([, path]) => pages.find((page) => page.path === path))
  .filter((page) => page !== undefined);
const templateGuidePages = guidePages.filter((page) => templateBuiltPages.includes(page));
/** Files whose names change with their content: Astro's assets, each build's service worker and its list of everything. */
const hashedAssets = distFiles().filter(
  (file) => file.startsWith('_astro/') || /^sw-(search-)?[0-9a-f]+\.(js|json)$/.test(file),
);

/** Records uncaught and console errors and Content-Security-Policy violations on a page. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems = watchForErrors(page);
  await page.exposeFunction('reportViolation', (directive: string) => problems.push(`CSP violation: ${directive}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (directive: string) => void }).reportViolation(event.effectiveDirective);
    });
  });
  return problems;
}

test('each template’s page is sent with a strict CSP, the security headers, revalidation and gzip', async ({
  request,
}) => {
  for (const { path } of templateBuiltPages) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(headers['content-encoding'], path).toBe('gzip');
    expect(headers['cache-control'], path).toBe('no-cache');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(
      headers['referrer-policy'],
    );
    expect(headers['permissions-policy'], path).toMatch(/(^|, )camera=\(\)(,|$)/);
    expect(headers['permissions-policy'], path).toMatch(/(^|, )geolocation=\(\)(,|$)/);
    const policy = cspDirectives(headers['content-security-policy'] ?? '');
    expect(policy.get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(policy.get('base-uri'), path).toEqual(["'none'"]);
    expect([...policy.values()].flat(), path).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat(), path).not.toContain("'unsafe-eval'");
  }
});

test('hashed assets and each build’s worker are immutable for a year, gzipped when text', async ({ request }) => {
  expect(hashedAssets.some((file) => file.startsWith('_astro/'))).toBe(true);
  expect(hashedAssets.some((file) => file.startsWith('sw-'))).toBe(true);
  for (const file of hashedAssets) {
    const response = await request.get(`/${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['x-content-type-options'], file).toBe('nosniff');
    if (/\.(css|js)$/.test(file)) expect(response.headers()['content-encoding'], file).toBe('gzip');
  }
});

for (const root of ['/', '/zh-hant/']) {
  test(`${root}sw.js and ${root}manifest.webmanifest are revalidated; sw.js is always sent whole, never as 304`, async ({
    request,
  }) => {
    const serviceWorker = await request.get(`${root}sw.js`);
    expect(serviceWorker.headers()['content-type']).toMatch(/^application\/javascript/);
    expect(serviceWorker.headers()['cache-control']).toBe('no-cache');
    expect(serviceWorker.headers()['etag']).toBeUndefined();
    const lastModified = serviceWorker.headers()['last-modified'] ?? new Date().toUTCString();
    const revalidated = await request.get(`${root}sw.js`, { headers: { 'If-Modified-Since': lastModified } });
    expect(revalidated.status()).toBe(200);
    expect(await revalidated.text()).toBe(await serviceWorker.text());

    const manifest = await request.get(`${root}manifest.webmanifest`);
    expect(manifest.headers()['content-type']).toBe('application/manifest+json');
    expect(manifest.headers()['cache-control']).toBe('no-cache');
  });
}

test('an unknown URL or a folder without a page gets the 404 page with status 404 and the same headers', async ({
  request,
}) => {
  for (const path of ['/no-such-page/', '/_astro/no-such-asset.css', '/_astro/', '/icons/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], `${path}: a 404 is never cached for long`).toBe('no-cache');
    expect(await response.text(), path).toContain(headingOf(notFoundPage.document));
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('an unknown URL of the Traditional edition gets its own 404 page, with status 404 and the same headers', async ({
  request,
}) => {
  for (const path of ['/zh-hant/no-such-page/', '/zh-hant/faq/no-such-page']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(await response.text(), path).toContain(headingOf(traditionalNotFoundPage.document));
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

/** dist/_headers as Cloudflare Pages and Netlify read it: a pattern line, then its indented `Name: value` lines. */
function rulesOfHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n').filter((line) => line.trim() && !line.startsWith('#'))) {
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers[name!] = value!;
    }
  }
  return rules;
}

test('dist/_headers gives each kind of file the headers nginx sends it', async ({ request }) => {
  const rules = rulesOfHeadersFile(readDistText('_headers'));
  const worker = distFiles().find((file) => /^sw-[0-9a-f]+\.js$/.test(file))!;
  const kinds = {
    page: '/faq/',
    'Traditional page': '/zh-hant/faq/',
    'hashed asset': `/${hashedAssets.find((file) => file.startsWith('_astro/'))!}`,
    'sw.js': '/sw.js',
    worker: `/${worker}`,
    manifest: '/zh-hant/manifest.webmanifest',
  };
  for (const [kind, path] of Object.entries(kinds)) {
    const fromHeadersFile = headersFor(path, rules);
    expect(Object.keys(fromHeadersFile), kind).toEqual(
      expect.arrayContaining(['Cache-Control', 'Content-Security-Policy']),
    );
    const sent = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(fromHeadersFile))
      expect(sent[name.toLowerCase()], `${kind} ${path}: ${name}`).toBe(value);
  }
});

test('clean URLs: a guide without its trailing slash redirects to it', async ({ request }) => {
  expect(templateGuidePages.length).toBeGreaterThan(0);
  for (const { path } of templateGuidePages) {
    const response = await request.get(path.slice(0, -1), { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers()['location'], path).toBe(path);
  }
});

test('each template runs with no console error and no CSP violation, and an injected inline script is refused', async ({
  page,
}) => {
  const problems = await watchForViolations(page);
  for (const { path, document } of templateBuiltPages) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveText(headingOf(document));
  }
  expect(problems).toEqual([]);

  const injectedScriptRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes"';
    document.head.append(script);
    return document.documentElement.dataset['injected'] === 'yes';
  });
  expect(injectedScriptRan).toBe(false);
  await expect.poll(() => problems).toContain('CSP violation: script-src-elem');
});

test('a new deploy reaches readers of the offline copy, downloading only the kept pages that changed', async ({
  page,
  context,
}, testInfo) => {
  // Two nginx servers, two builds and a service worker installed twice: over 30 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const workspace = mkdtempSync(join(tmpdir(), 'esim-guide-deploys-'));
  const firstBuild = join(workspace, 'first');
  const secondBuild = join(workspace, 'second');
  cpSync(distDir, firstBuild, { recursive: true });
  const server = await startNginx({ siteDir: firstBuild, port: nginxPort(testInfo.parallelIndex, 1) });
  try {
    await page.goto(`${server.origin}/`);
    await waitForOfflineCopy(page);
    // Two guides outside the shell are read, so kept: the second build changes one of them.
    const [changed, unchanged] = guidePages.filter(
      ({ path }) => !isTraditional(path) && !(siteConfig.offlineShell as readonly string[]).includes(path),
    );
    for (const { path } of [changed!, unchanged!]) await page.goto(`${server.origin}${path}`);

    // The second build changes one guide's heading; the build's own code writes its service workers.
    const changedHeading = `${headingOf(changed!.document)}（已更新）`;
    cpSync(firstBuild, secondBuild, { recursive: true });
    const changedFile = join(secondBuild, changed!.file);
    writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace(/(<h1[^>]*>)([^<]*)/, `$1${changedHeading}`));
    const { manifest } = (await writeServiceWorker(secondBuild)).find(({ edition }) => edition === 'zh-Hans')!;
    const requestsBefore = server.requests().length;
    server.serve(secondBuild);

    // What a returning reader's browser does on its next visit: check sw.js, install the new worker.
    await page.evaluate(async () => {
      const replaced = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      await (await navigator.serviceWorker.ready).update();
      await replaced;
    });
    await waitForOfflineCopy(page);
    expect(await page.evaluate(() => caches.keys())).toEqual([`guide:/:${manifest.version}`]);
    const downloadedPages = server
      .requests()
      .slice(requestsBefore)
      .map((line) => line.split(' ')[1]!)
      .filter((path) => !path.startsWith('/_astro/') && (path.endsWith('/') || path.endsWith('.html')));
    expect(downloadedPages).toEqual([changed!.path]);

    await page.goto(`${server.origin}${changed!.path}`);
    await expect(page.locator('h1')).toHaveText(changedHeading);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(changedHeading);
    await page.goto(`${server.origin}${unchanged!.path}`);
    await expect(page.locator('h1'), 'a kept page that did not change is still kept').toHaveText(
      headingOf(unchanged!.document),
    );
  } finally {
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
});
