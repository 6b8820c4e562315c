/** One step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Left out for the current page. */
  href?: string;
}

/** Every page's trail: the home page, then the page itself by its title (the home page alone has none). */
export function crumbsTo(title?: string): Crumb[] {
  return title ? [{ label: '首页', href: '/' }, { label: title }] : [{ label: '首页' }];
}
