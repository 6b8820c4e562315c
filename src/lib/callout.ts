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
 * The markup of a callout: a `div` box holding a `p` title and a `div` body. The Callout component
 * and the `:::tip` directive both build from this, so `.md` and `.mdx` callouts look the same.
 */
export function calloutMarkup(type: CalloutType, title?: string) {
  return {
    box: { role: 'note', class: `callout callout-${type}`, 'data-callout': type },
    title: { class: 'callout-title', text: title?.trim() || calloutTitles[type] },
    body: { class: 'callout-body' },
  } as const;
}

/** What an editor reads when a `:::name` directive is not a callout kind. */
export function unknownCalloutMessage(name: string): string {
  const known = Object.keys(calloutTitles).map((type) => `:::${type}`).join('、');
  return `未知的提示框类型 :::${name}：只能用 ${known}（例如把 :::${name} 改成 :::caution）。`;
}
