/**
 * How a page carries its revision: the build computes it (./precache.ts) and writes it into the page; the worker
 * (./worker.ts) reads it when it keeps a page once read, and caches the page under the key the build lists. The next
 * version then knows whether the page changed without hashing it again. Imported by the worker, so nothing else here.
 */

/** The tag the build writes before `</head>`. */
export const revisionTag = (revision: string) => `<meta name="revision" content="${revision}">`;

/** Finds the tag in a page; its group is the revision. */
export const revisionTagPattern = /<meta name="revision" content="([0-9a-f]+)">/;

/** The cache key of a file that is not a hashed asset: its URL path plus its revision. */
export const revisedPath = (path: string, revision: string) => `${path}?rev=${revision}`;
