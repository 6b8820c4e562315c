/** The axe rule sets every page must pass: WCAG 2.0–2.2 A and AA, plus axe's best practices. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
