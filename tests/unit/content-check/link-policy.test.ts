import { describe, expect, test } from 'vitest';
import { blockedHostKind, externalLinkProblem, parseAllowlist } from '../../../src/lib/content-check/link-policy.ts';

describe('blockedHostKind', () => {
  test.each([
    ['t.me', '聊天软件'],
    ['wa.me', '聊天软件'],
    ['chat.whatsapp.com', '聊天软件'],
    ['web.telegram.org', '聊天软件'],
    ['mp.weixin.qq.com', '聊天软件'],
    ['www.wechat.com', '聊天软件'],
    ['bit.ly', '短链接'],
    ['t.cn', '短链接'],
    ['item.taobao.com', '网店'],
    ['www.amazon.co.uk', '网店'],
    ['ebay.de', '网店'],
  ])('%s is a %s host', (host, label) => {
    expect(blockedHostKind(host)?.label).toBe(label);
  });

  test.each([
    'www.azercell.com',
    'www.bakcell.com',
    'nar.az',
    'support.apple.com',
    'metro.me',
    'amazonaws.example.org',
    'notbit.ly.example.com',
  ])('%s is an ordinary host', (host) => {
    expect(blockedHostKind(host)).toBeNull();
  });
});

describe('externalLinkProblem', () => {
  test('an official page passes', () => {
    expect(externalLinkProblem(new URL('https://www.azercell.com/az/individual/'), [])).toBeNull();
  });

  test('a blocked host passes once it is on the allowlist with a reason, subdomains too', () => {
    const allowlist = [{ host: 'taobao.com', reason: '示例：官方旗舰店，2026-11 由编辑核实' }];
    expect(externalLinkProblem(new URL('https://item.taobao.com/x'), allowlist)).toBeNull();
    expect(externalLinkProblem(new URL('https://item.taobao.com/x'), [])).toMatch(/不能链接到网店 item\.taobao\.com/);
  });

  test.each(['ref', 'invite_code', 'AFF', 'coupon'])('a %s= parameter makes a referral link', (parameter) => {
    expect(externalLinkProblem(new URL(`https://www.example.org/plans?${parameter}=abc`), [])).toMatch(
      new RegExp(`推广或邀请参数 ${parameter}=`),
    );
  });
});

describe('parseAllowlist', () => {
  test('reads hosts with reasons', () => {
    const text = '{\n  "hosts": [\n    { "host": "example.org", "reason": "运营商官方的短链接，已核实" }\n  ]\n}\n';
    expect(parseAllowlist(text)).toEqual({
      hosts: [{ host: 'example.org', reason: '运营商官方的短链接，已核实' }],
      problems: [],
    });
  });

  test.each([
    ['{ "hosts": [] ', 1, /格式不对/],
    [
      '{\n  "hosts": [\n    { "host": "https://example.org/", "reason": "官方页面已核实" }\n  ]\n}',
      3,
      /第 1 项的 host 要写成不带 https:\/\/ 和路径的小写域名/,
    ],
    [
      '{\n  "hosts": [\n    { "host": "example.org", "reason": "官方页面已核实" },\n    { "host": "t.me" }\n  ]\n}',
      4,
      /第 2 项（t\.me）缺少 reason/,
    ],
  ])('%j is refused at line %i', (text, line, message) => {
    const { problems } = parseAllowlist(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(message);
  });
});
