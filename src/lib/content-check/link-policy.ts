import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { blockedKinds, type BlockedKind } from './link-blocklist.ts';

/** A host an article may link to although it looks like a messenger, shop or shortener, and why. */
export interface AllowedHost {
  host: string;
  reason: string;
}

/** Query parameters that turn a link into a referral, affiliate or coupon link. */
const referralParameters = new Set([
  'ref',
  'referral',
  'referrer',
  'refcode',
  'ref_code',
  'referral_code',
  'invite',
  'invite_code',
  'inviter',
  'aff',
  'aff_id',
  'affiliate',
  'affiliate_id',
  'promo',
  'promo_code',
  'coupon',
  'coupon_code',
  'partner',
  'partner_id',
]);

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.endsWith('.*'))
    return new RegExp(`(^|\\.)${pattern.slice(0, -2).replaceAll('.', '\\.')}\\.[a-z.]+$`).test(host);
  return host === pattern || host.endsWith(`.${pattern}`);
}

/** The kind of blocked host this is (`聊天软件`, `短链接`, `网店`), or null for an ordinary host. */
export function blockedHostKind(host: string): BlockedKind | null {
  // A host matches its subdomains too (www.t.me is t.me), so there is no prefix to strip.
  const name = host.toLowerCase();
  return (
    blockedKinds.find(
      (kind) =>
        kind.hosts.some((pattern) => hostMatches(name, pattern)) || kind.words?.some((word) => name.includes(word)),
    ) ?? null
  );
}

function isAllowed(host: string, allowlist: readonly AllowedHost[]): boolean {
  return allowlist.some((entry) => hostMatches(host.toLowerCase(), entry.host));
}

/** What is wrong with an `https:` link to another site, or null when it may be used. */
export function externalLinkProblem(url: URL, allowlist: readonly AllowedHost[]): string | null {
  if (isAllowed(url.hostname, allowlist)) return null;
  const kind = blockedHostKind(url.hostname);
  if (kind) {
    return `不能链接到${kind.label} ${url.hostname}：${kind.why}。如果这确实是官方页面，请把 ${url.hostname} 和理由写进 content-allowlist.json。`;
  }
  const referral = [...url.searchParams.keys()].find((key) => referralParameters.has(key.toLowerCase()));
  if (referral) {
    return `链接里有推广或邀请参数 ${referral}=…：本站不放推广链接，请删掉 ?${referral}=… 这一段，只留官方页面地址。`;
  }
  return null;
}

/** The allowlist file: its hosts, and a Chinese message with the line for every bad entry. */
export function parseAllowlist(text: string): { hosts: AllowedHost[]; problems: { line: number; message: string }[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const hostsNode = isMap(document.contents) ? document.contents.get('hosts', true) : undefined;
  if (document.errors.length > 0 || !isSeq(hostsNode)) {
    return {
      hosts: [],
      problems: [
        {
          line: 1,
          message:
            'content-allowlist.json 的格式不对：应该是 { "hosts": [{ "host": "example.com", "reason": "为什么可以链接" }] }。',
        },
      ],
    };
  }
  const hosts: AllowedHost[] = [];
  const problems: { line: number; message: string }[] = [];
  hostsNode.items.forEach((item, position) => {
    const line = isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1;
    const { host, reason } = (isNode(item) ? item.toJSON() : {}) as Partial<Record<'host' | 'reason', unknown>>;
    if (typeof host !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) {
      problems.push({
        line,
        message: `第 ${position + 1} 项的 host 要写成不带 https:// 和路径的小写域名，例如 "example.com"。`,
      });
    } else if (typeof reason !== 'string' || reason.trim().length < 4) {
      problems.push({
        line,
        message: `第 ${position + 1} 项（${host}）缺少 reason：请写明为什么可以链接它，以及是谁在什么时候核实的。`,
      });
    } else {
      hosts.push({ host, reason });
    }
  });
  return { hosts, problems };
}
