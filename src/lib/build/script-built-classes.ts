/**
 * The utility classes of the markup that scripts build in the browser, which no page's HTML holds: pages
 * keep their rules although none of their elements has them yet (src/lib/build/unused-utilities.ts). A script
 * that builds elements with classes takes them from here.
 */
export const searchResultClasses = {
  list: 'space-y-4',
  page: 'rounded-lg border border-line p-4',
  pageTitle: 'text-lg font-bold',
  sections: 'mt-2 space-y-3',
  sectionTitle: 'font-bold',
} as const;

/** Every class above. */
export const scriptBuiltClasses: readonly string[] = [searchResultClasses].flatMap((classes) => Object.values(classes));
