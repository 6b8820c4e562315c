import type { APIContext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { inDevServer } from './dev-server.ts';
import { withPolicyMeta } from './lib/build/content-security-policy.ts';
import { editionOfPath } from './lib/editions/editions.ts';
import { toTraditionalDocument } from './lib/editions/traditional-chinese.ts';

/** Responses made of text a reader sees: pages, the feed, JSON. */
const TEXT_RESPONSE = /^(text\/|application\/([\w.+-]*\+)?(xml|json)\b)/;

/**
 * Astro runs the middleware again for the page that a rewrite renders (every page under /zh-hant/ renders
 * its Simplified twin). That inner response passes through untouched: the outer run finishes it, once.
 */
function isRewrittenRender(context: APIContext): boolean {
  const withoutSlash = (path: string) => path.replace(/\/$/, '');
  return withoutSlash(context.url.pathname) !== withoutSlash(context.originPathname);
}

/**
 * Sets the page's edition, then finishes every response on its way out, reading its text once:
 * - The Traditional edition is made here: a page under `/zh-hant/` renders its Simplified twin
 *   (src/pages/zh-hant/), and its text is converted, in `astro build` as in `astro dev`.
 * - Each built page gets its Content-Security-Policy meta tag: script-src and style-src with the hashes of
 *   what that page inlines (src/lib/build/content-security-policy.ts), written last, over the page's final text.
 *   Astro's own `security.csp` lists every hash of the whole site on every page, about 670 bytes gzip each;
 *   this lists a page's own, about 150. deploy/nginx.conf sends the rest of the policy as a header. Not in
 *   `astro dev`, whose injected scripts have no hashes.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  // The page's edition, for every component (`Astro.locals.edition`): from the path the reader asked for,
  // also while a rewrite renders the Simplified twin of a Traditional page.
  context.locals.edition = editionOfPath(context.originPathname);
  if (isRewrittenRender(context)) return next();
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const toTraditional = context.locals.edition === 'zh-Hant' && TEXT_RESPONSE.test(type);
  const isPage = type.startsWith('text/html');
  if (!toTraditional && !isPage) return response;
  const text = await response.text();
  const converted = toTraditional ? toTraditionalDocument(text) : text;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const built = isPage && !inDevServer ? withPolicyMeta(converted) : converted;
  return new Response(built, { status: response.status, statusText: response.statusText, headers });
});
