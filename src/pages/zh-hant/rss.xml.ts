/** The feed of the Traditional edition: the same feed with its links, converted by src/middleware.ts. */
export { GET } from '../rss.xml.ts';
