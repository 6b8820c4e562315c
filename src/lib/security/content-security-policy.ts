import { createHash } from 'node:crypto';

/** Where every page may load scripts from besides its own inline ones: this site, and Pagefind's WebAssembly. */
const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

const inlineScript = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const dataBlock = /\stype="?application\/(ld\+)?json/;
const charsetMeta = /<meta charset="?utf-8"?\s*\/?>/i;

/** The CSP source that allows one inline script or style: its SHA-256 hash. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The script-src and style-src of a built page: this site's files plus the hash of each script and style
 * that this page inlines, and nothing else. JSON data blocks (JSON-LD) are not run, so need no hash.
 */
export function pagePolicy(html: string): string {
  const scripts = [...html.matchAll(inlineScript)]
    .filter(([, attributes]) => !dataBlock.test(attributes ?? ''))
    .map(([, , text]) => sha256Source(text ?? ''));
  const styles = [...html.matchAll(inlineStyle)].map(([, text]) => sha256Source(text ?? ''));
  return `script-src ${[...new Set([...scriptSources, ...scripts])].join(' ')}; style-src ${[...new Set(["'self'", ...styles])].join(' ')}`;
}

/** The page with its `pagePolicy` in a meta tag right after `<meta charset>`, so before any script or style. */
export function withPolicyMeta(html: string): string {
  if (!charsetMeta.test(html)) throw new Error('页面缺少 <meta charset="utf-8">，无法在它后面写入内容安全策略。');
  return html.replace(
    charsetMeta,
    (tag) => `${tag}<meta http-equiv="content-security-policy" content="${pagePolicy(html)}">`,
  );
}
