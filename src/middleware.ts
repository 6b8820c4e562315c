import type { APIContext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { withoutTraditionalNotes } from './lib/editions/edition-notes.ts';
import { editionOfPath } from './lib/editions/editions.ts';
import { toTraditionalDocument } from './lib/editions/traditional-chinese.ts';

/** Responses made of text a reader sees: pages, the feed, JSON. */
const TEXT_RESPONSE = /^(text\/|application\/([\w.+-]*\+)?(xml|json)\b)/;

/**
 * Astro runs the middleware again for the page that a rewrite renders (every page under /zh-hant/ renders
 * its Simplified twin). That inner response passes through untouched: the outer run converts it, once.
 */
function isRewrittenRender(context: APIContext): boolean {
  const withoutSlash = (path: string) => path.replace(/\/$/, '');
  return withoutSlash(context.url.pathname) !== withoutSlash(context.originPathname);
}

/**
 * Sets the page's edition, and makes each edition's text on the way out, in `astro build` as in `astro dev`:
 * a page under `/zh-hant/` renders its Simplified twin (src/pages/zh-hant/) and its text is converted; a
 * Simplified page drops the notes written for Traditional readers only (src/lib/editions/edition-notes.ts).
 * Everything else a page holds is rendered by its components.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  // The page's edition, for every component (`Astro.locals.edition`): from the path the reader asked for,
  // also while a rewrite renders the Simplified twin of a Traditional page.
  context.locals.edition = editionOfPath(context.originPathname);
  if (isRewrittenRender(context)) return next();
  const response = await next();
  if (!TEXT_RESPONSE.test(response.headers.get('content-type') ?? '')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const text = await response.text();
  const body = context.locals.edition === 'zh-Hant' ? toTraditionalDocument(text) : withoutTraditionalNotes(text);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
});
