import { report, type ArticleRule } from '../rule.ts';
import { findContactHandle } from './contact-handle.ts';

/**
 * A run of digits that can be dialled: seven digits or more, with spaces, hyphens or brackets. Operators'
 * published short codes (`*100#`, `2112`, `555`) are shorter; a run inside a word, an address or a code
 * (`/articles/4417474511515`, `*777#77#`) is not a phone number, nor is a date.
 */
const phoneNumberPattern = /(?<![\w/#*=.-])\+?\(?\d[\d\s()-]{5,}\d(?![\w#/])/g;
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

export const phoneNumber: ArticleRule = {
  ids: ['phone-number'],
  check(article, file) {
    for (const { text, place } of article.plainTexts) {
      const handle = findContactHandle(text);
      for (const match of text.matchAll(phoneNumberPattern)) {
        // The number right after a chat app's name is that account, which contact-handle reports.
        const partOfHandle = handle && match.index <= handle.index + handle[0].length;
        if (isDate(match[0]) || match[0].replace(/\D/g, '').length < 7 || partOfHandle) continue;
        report(
          file,
          'phone-number',
          place,
          `不能写电话号码（“${match[0].trim()}”）：号码会变，也可能是私人代充的号码，读者无从核实。运营商公布的短号码（如 *100#、2112）可以写；客服电话请改成链接到官方页面。`,
        );
      }
    }
  },
};
