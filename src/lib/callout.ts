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
