import type { Edition } from './lib/editions/editions.ts';

declare global {
  namespace App {
    interface Locals {
      /** The edition of the page being rendered, worked out once per request by src/middleware.ts. */
      edition: Edition;
    }
  }
}
