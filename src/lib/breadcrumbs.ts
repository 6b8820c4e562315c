import { pathInEdition, type Edition } from './editions';

/** One step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Left out for the current page. */
  href?: string;
}

/**
 * Every page's trail in its edition: the home page, then the page itself by its title (the home page
 * alone has none). The visible crumbs and the JSON-LD trail are both made from it.
 */
export function crumbsTo(title?: string, edition: Edition = 'zh-Hans'): Crumb[] {
  return title ? [{ label: '首页', href: pathInEdition('/', edition) }, { label: title }] : [{ label: '首页' }];
}
