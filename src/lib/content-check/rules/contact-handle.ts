import { report, type ArticleRule } from '../rule.ts';

const chatApps = '微信号?|WeChat|weixin|VX|V信|QQ号?|Telegram|TG|WhatsApp|Line|Viber';
/**
 * A chat app's name followed by an account: after a colon anything (`微信号：…`, `WhatsApp: +994 …`);
 * without one, an ID with a digit or `_` (`加微信 example_2026`), an `@name` or a phone number. So
 * “微信支付” or “WhatsApp Business” are not accounts.
 */
const handlePattern = new RegExp(
  `(?<![A-Za-z])(${chatApps})(?![A-Za-z])\\s*(?:ID|号|账号|帐号)?\\s*(?:[:：]\\s*[@+\\w]|(?=[\\w.-]*[\\d_])[A-Za-z0-9][\\w.-]{4,}|@\\w{3,}|\\+\\d)`,
  'i',
);

/** The first chat account written in `text`, with the app's name. */
export const findContactHandle = (text: string) => handlePattern.exec(text);

export const contactHandle: ArticleRule = {
  ids: ['contact-handle'],
  check(article, file) {
    for (const { text, place } of article.plainTexts) {
      const handle = findContactHandle(text);
      if (!handle) continue;
      report(
        file,
        'contact-handle',
        place,
        `不能写聊天软件账号（“${handle[0]}”）：私人账号常是代充和骗局的入口，读者也无从核实是谁；本站只给官方渠道。请删掉这个账号，改写官方网站或 App 里的客服入口。`,
      );
    }
  },
};
