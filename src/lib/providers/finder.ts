import type { ProviderData } from './schema.ts';

/** One answer of the finder: a kind of seller, or 我分不清 (`kind` left out). */
export interface FinderGroup {
  /** The id of the answer's content on the finder page: a link to `#id` opens the answer (below). */
  id: string;
  /** The short answer to "在哪里买的？", as the home page links it. */
  label: string;
  /** The answer as the finder page words it. */
  question: string;
  /** The sellers it lists, their introduction and a hint on telling them apart; 我分不清 has none. */
  kind?: ProviderData['kind'];
  intro?: string;
  hint?: string;
}

/**
 * The finder's answers in the order of `providerKinds` (the order of the provider list), then 我分不清.
 * The id sits on the answer's content inside its closed `<details>`, not on the `<details>` itself: a
 * browser opening `/which-esim/#travel-esim` opens the `<details>` that holds it (HTML's "ancestor details
 * revealing": Chromium since 2022, WebKit and Gecko since 2025), so the home page's links reach a seller in two taps
 * without JavaScript. An older browser still scrolls to the answer, one tap from open.
 */
export const finderGroups: readonly FinderGroup[] = [
  {
    id: 'travel-esim',
    label: '旅行 eSIM 商家',
    question: '我在 App 或网站上买的旅行 eSIM（多数只有流量，没有当地号码）',
    kind: '旅行 eSIM',
    intro: '在哪一家买的？',
    hint: '有的代理商发来的是另一个品牌的二维码。续费要回到当初卖给你的那一家，用同一个账户或订单。',
  },
  {
    id: 'local-line',
    label: '当地运营商',
    question: '我有 +994 开头的阿塞拜疆号码，或者在当地用护照办了卡',
    kind: '当地运营商',
    intro: '这是阿塞拜疆当地线路：续费就是给余额充值。它是哪家运营商的？',
    hint: '看 SIM 卡套、购卡收据或运营商 App 上的名字。号码开头只能作参考：Azercell 的号码用过 050 和 051，Nar 的号码写作 070、077，但号码可以转到别的运营商。',
  },
  {
    id: 'platform-shop',
    label: '淘宝、飞猪等',
    question: '我在淘宝、飞猪等购物平台的店铺里买的',
    kind: '购物平台',
    intro: '通过原来的订单和店铺的售后续费：',
    hint: '不要找陌生人“代充”：拿到你二维码或账户的人，也就控制了你的线路。',
  },
  { id: 'not-sure', label: '我分不清', question: '我分不清' },
];

/** A link to one answer of the finder at `finderPath`, opened on arrival. */
export function finderGroupHref(finderPath: string, group: FinderGroup): string {
  return `${finderPath}#${group.id}`;
}
