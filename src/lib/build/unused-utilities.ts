/**
 * Every page carries the whole site's stylesheet inline (astro.config.mjs), and many of Tailwind's utilities
 * serve other pages only. A built page keeps the utility rules whose class it uses, in its HTML or in markup
 * its scripts build. Only the utilities layer is pruned: its rules are named by class, while the hand-written
 * layers select by element, attribute and state that the HTML alone cannot tell.
 */

const UTILITIES_LAYER = '@layer utilities{';
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;
const SELECTOR_CLASS = /\.((?:\\.|[\w-])+)/g;
const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The class names the page's elements have. */
function classesOf(html: string): Set<string> {
  return new Set(
    [...html.matchAll(CLASS_ATTRIBUTE)].flatMap(([, value]) => value!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity]!).split(/\s+/)),
  );
}

/** The index of the `}` that closes the block opening at `open` (a `{`), or -1. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let index = open; index < css.length; index++) {
    if (css[index] === '{') depth++;
    else if (css[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** The rules of a block's content whose selector names a used class (or none); at-rules keep what is left of them. */
function pruned(css: string, used: ReadonlySet<string>): string | null {
  let kept = '';
  let start = 0;
  while (start < css.length) {
    const open = css.indexOf('{', start);
    const close = open < 0 ? -1 : blockEnd(css, open);
    if (close < 0) return null;
    const prelude = css.slice(start, open);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@')) {
      const inner = pruned(body, used);
      if (inner === null) return null;
      if (inner) kept += `${prelude}{${inner}}`;
    } else {
      const names = [...prelude.matchAll(SELECTOR_CLASS)].map(([, name]) => name!.replace(/\\(.)/g, '$1'));
      if (names.length === 0 || names.some((name) => used.has(name))) kept += `${prelude}{${body}}`;
    }
    start = close + 1;
  }
  return kept;
}

/**
 * The page with its inline utilities layer cut to the rules it uses. `builtByScripts`: classes that scripts
 * give the elements they build (the page's HTML does not hold them). A stylesheet it cannot read stays whole.
 */
export function withoutUnusedUtilities(html: string, builtByScripts: Iterable<string>): string {
  const layer = html.indexOf(UTILITIES_LAYER);
  if (layer < 0 || layer > html.indexOf('</head>')) return html;
  const open = layer + UTILITIES_LAYER.length - 1;
  const close = blockEnd(html, open);
  if (close < 0) return html;
  const used = classesOf(html);
  for (const names of builtByScripts) for (const name of names.split(/\s+/)) used.add(name);
  const rules = pruned(html.slice(open + 1, close), used);
  return rules === null ? html : `${html.slice(0, open + 1)}${rules}${html.slice(close)}`;
}
