import type { APIRoute } from 'astro';
import { errorPagePath } from '../../lib/editions/editions.ts';

/**
 * The Traditional 404 page, written as `zh-hant/404.html` so that hosts which look for the nearest
 * 404.html show it for a missing page under /zh-hant/. Astro names only the top-level 404 page so.
 */
export const GET: APIRoute = ({ rewrite }) => rewrite(errorPagePath);
