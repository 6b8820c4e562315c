import { allEditions, editions } from '../editions/editions.ts';

/**
 * The response headers of the built site, by path pattern: the one table every host is made from. `dist/_headers`
 * (Cloudflare Pages, Netlify) and `npm run preview` are written from it; deploy/nginx.conf says the same in nginx's
 * words and tests/unit/security/headers.test.ts and tests/e2e/deploy.spec.ts check that it does.
 */

/**
 * The Content-Security-Policy's half that does not depend on the build. script-src and style-src are in each
 * page's meta tag (content-security-policy.ts): the browser enforces both. No default-src here: it would also
 * cover scripts and styles and block what the meta tag allows.
 */
export const headerPolicy =
  "connect-src 'self'; img-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; media-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every response, found or not. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose name changes with their content. */
export const cacheForever = 'public, max-age=31536000, immutable';
/** Everything a deploy changes under the same name: the browser asks the server on every use. */
export const revalidate = 'no-cache';

/** One rule of `_headers`: a path pattern (`*` matches any characters, `/` included) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Cache-Control by pattern. No two of these patterns match one file: Cloudflare Pages joins the values of a
 * header that several matching rules set (`no-cache, public, …`), Netlify keeps the last one. Files no rule
 * names (pagefind/, icons/, rss.xml …) get the host's default, which revalidates too (README: 部署).
 */
const cacheRules: readonly HeaderRule[] = [
  // Astro's hashed CSS/JS/images; each build's worker (sw-<version>.js) and its lists (sw-<hash>.json, sw-search-<hash>.json).
  { pattern: '/_astro/*', headers: { 'Cache-Control': cacheForever } },
  { pattern: '/sw-*', headers: { 'Cache-Control': cacheForever } },
  // Pages: clean URLs end with a slash; 404.html is the one page asked for by its file name.
  { pattern: '/', headers: { 'Cache-Control': revalidate } },
  { pattern: '/*/', headers: { 'Cache-Control': revalidate } },
  { pattern: '/*.html', headers: { 'Cache-Control': revalidate } },
  // The worker the browser registers, one per edition, and the manifests: a cached copy would hold readers on an old deploy.
  ...Object.values(editions).flatMap(({ pathPrefix }) => [
    { pattern: `${pathPrefix}sw.js`, headers: { 'Cache-Control': revalidate } },
    {
      pattern: `${pathPrefix}manifest.webmanifest`,
      headers: { 'Cache-Control': revalidate, 'Content-Type': 'application/manifest+json' },
    },
  ]),
];

/** Every rule, the security headers first. */
export const headerRules: readonly HeaderRule[] = [{ pattern: '/*', headers: securityHeaders }, ...cacheRules];

const patternExpression = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);

/** Whether `pattern` matches `path` as Cloudflare Pages and Netlify match `_headers` (no placeholders used here). */
export const matches = (pattern: string, path: string) => patternExpression(pattern).test(path);

/** The headers a host that reads `_headers` sends for `path`, as Cloudflare Pages combines matching rules. */
export function headersFor(path: string, rules: readonly HeaderRule[] = headerRules): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => matches(pattern, path)))
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  return headers;
}

/** `dist/_headers`, read by Cloudflare Pages and Netlify. */
export function headersFile(rules: readonly HeaderRule[] = headerRules): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by astro build from src/lib/security/headers.ts; deploy/nginx.conf says the same.\n${blocks.join('\n')}\n`;
}

/** Each edition's folder and the 404 page in it (`zh-hant/404.html`, written by src/pages/zh-hant/404.html.ts). */
export const notFoundPages = allEditions.map((edition) => ({
  edition,
  folder: editions[edition].pathPrefix,
  page: `${editions[edition].pathPrefix}404.html`,
}));

/**
 * `dist/_redirects` for Netlify, which shows only the root 404.html by itself: an unknown address under an
 * edition's folder gets that edition's 404 page, with status 404. Such a rule never hides a file that exists.
 * Cloudflare Pages needs none (it serves the nearest 404.html up the folder tree) and skips the 404 rules.
 */
export function redirectsFile(): string {
  const rules = notFoundPages
    .filter(({ folder }) => folder !== '/')
    .map(({ folder, page }) => `${folder}*  ${page}  404`);
  return `# Written by astro build from src/lib/security/headers.ts: each edition's own 404 page (Netlify).\n${rules.join('\n')}\n`;
}
