import { createHash } from 'node:crypto';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the named entities above and every numeric one; others are left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text a reader sees on an HTML page: no scripts, styles, templates, SVG or comments, no tags, entities
 * decoded, runs of white space made one space. Two fetches of an unchanged page give the same text even
 * when its markup, inline scripts or tracking parameters differ.
 */
export function readableText(html: string): string {
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  return decodeEntities(withoutCode.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short fingerprint of a page's readable text, kept in the lock file instead of the text itself. */
export const textHash = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
