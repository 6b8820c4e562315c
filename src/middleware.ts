import { defineMiddleware } from 'astro:middleware';
import { editionOfPath } from './lib/editions';
import { toTraditionalDocument } from './lib/traditional-chinese';

/** Responses made of text a reader sees: pages, the feed, JSON. */
const TEXT_RESPONSE = /^(text\/|application\/([\w.+-]*\+)?(xml|json)\b)/;

/**
 * The Traditional edition is made here: a page under `/zh-hant/` renders its Simplified twin
 * (src/pages/zh-hant/), and its text is converted on the way out, in `astro build` as in `astro dev`.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (editionOfPath(context.originPathname) !== 'zh-Hant' || !TEXT_RESPONSE.test(type)) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(toTraditionalDocument(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
