/** The kinds of callout an article can use, with the title each shows when none is given. */
export const calloutTitles = {
  tip: '提示',
  note: '说明',
  caution: '注意',
} as const;

export type CalloutType = keyof typeof calloutTitles;

/** True for a callout kind the site knows. */
export function isCalloutType(value: string): value is CalloutType {
  return Object.hasOwn(calloutTitles, value);
}

/**
 * Each kind's icon, one path in a 20 × 20 box (even-odd filled in the callout's colour): a light bulb, an
 * information sign and a warning triangle. Drawn inline, so no request; hidden from screen readers, which
 * hear the title.
 */
const calloutIconPaths: Record<CalloutType, string> = {
  tip: 'M10 1a6 6 0 0 0-3.5 10.9V14h7v-2.1A6 6 0 0 0 10 1ZM7 16h6v2H7z',
  note: 'M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM9 9h2v6H9zm0-4h2v2H9z',
  caution: 'M10 1 0 19h20L10 1ZM9 7h2v6H9zm0 8h2v2H9z',
};

/**
 * The markup of a callout: a `div` box holding a `p` title and a `div` body. The Callout component
 * and the `:::tip` directive both build from this, so `.md` and `.mdx` callouts look the same.
 */
export function calloutMarkup(type: CalloutType, title?: string) {
  return {
    box: { role: 'note', class: `callout callout-${type}`, 'data-callout': type },
    title: { class: 'callout-title', text: title?.trim() || calloutTitles[type] },
    icon: {
      'aria-hidden': 'true',
      viewBox: '0 0 20 20',
      width: '18',
      height: '18',
      fill: 'currentColor',
      'fill-rule': 'evenodd',
      d: calloutIconPaths[type],
    },
    body: { class: 'callout-body' },
  } as const;
}

/** What an editor reads when a `:::name` directive is not a callout kind. */
export function unknownCalloutMessage(name: string): string {
  const known = Object.keys(calloutTitles)
    .map((type) => `:::${type}`)
    .join('、');
  return `未知的提示框类型 :::${name}：只能用 ${known}（例如把 :::${name} 改成 :::caution）。`;
}
