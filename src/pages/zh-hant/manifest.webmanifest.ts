/** The web app manifest of the Traditional edition: its home page, converted by src/middleware.ts. */
export { GET } from '../manifest.webmanifest.ts';
