import type { ContentRule } from '../rule.ts';
import { addressInText } from './address-in-text.ts';
import { allowlist } from './allowlist.ts';
import { component } from './component.ts';
import { contactHandle } from './contact-handle.ts';
import { fileName } from './file-name.ts';
import { frontmatter } from './frontmatter.ts';
import { futureDate } from './future-date.ts';
import { image } from './image.ts';
import { importExport } from './import-export.ts';
import { links } from './links.ts';
import { linkTag } from './link-tag.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { notContent } from './not-content.ts';
import { orderDuplicate } from './order-duplicate.ts';
import { phoneNumber } from './phone-number.ts';
import { placeholder } from './placeholder.ts';
import { proseStyle } from './prose-style.ts';
import { reverify } from './reverify.ts';
import { sourceBlocked } from './source-blocked.ts';
import { sourcesMissing } from './sources-missing.ts';
import { unsafeHtml } from './unsafe-html.ts';
import { updatedNotBumped } from './updated-not-bumped.ts';

/**
 * Every rule module, in the order they run: problems on the same line are listed in this order. A new
 * rule is a module in this folder, a line here, and its id, topic and level in ../rules.ts. A rule that
 * reads only the article is an ArticleRule (its findings are cached by the article's text); one that
 * also reads today, the routes, the allowlist, the files or the base branch is a ContextRule (../rule.ts).
 */
export const contentRules: readonly ContentRule[] = [
  notContent,
  allowlist,
  fileName,
  frontmatter,
  proseStyle,
  contactHandle,
  phoneNumber,
  addressInText,
  sourceBlocked,
  sourcesMissing,
  placeholder,
  mdxSyntax,
  unsafeHtml,
  image,
  linkTag,
  component,
  importExport,
  futureDate,
  updatedNotBumped,
  links,
  orderDuplicate,
  reverify,
];
