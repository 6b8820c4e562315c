import { pathInEdition, type Edition } from '../editions/editions.ts';

/** One step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Left out for the current page. */
  href?: string;
}

/**
 * Every page's trail in its edition: the home page, the page it belongs under if any (a provider page
 * under the provider list, `parent.href` written as in the Simplified edition), then the page itself by
 * its title (the home page alone has none). The visible crumbs and the JSON-LD trail are both made from it.
 */
export function crumbsTo(title?: string, edition: Edition = 'zh-Hans', parent?: Crumb): Crumb[] {
  if (!title) return [{ label: '首页' }];
  const between = parent ? [{ label: parent.label, href: pathInEdition(parent.href ?? '/', edition) }] : [];
  return [{ label: '首页', href: pathInEdition('/', edition) }, ...between, { label: title }];
}
