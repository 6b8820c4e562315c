import { blockedHostKind } from '../link-policy.ts';
import { report, type ArticleRule } from '../rule.ts';

/** A web address written as text, without `https://`: `bit.ly/3xAmpLe`. */
const bareAddress = /(?<![@\w.-])((?:[a-z0-9-]+\.)+[a-z]{2,})\/\S*/gi;

export const addressInText: ArticleRule = {
  ids: ['address-in-text'],
  check(article, file) {
    for (const { text, place } of article.plainTexts) {
      for (const match of text.matchAll(bareAddress)) {
        const kind = blockedHostKind(match[1]!);
        if (kind)
          report(file, 'address-in-text', place, `正文里写了${kind.label}地址 ${match[0]}：${kind.why}，请删掉它。`);
      }
    }
  },
};
