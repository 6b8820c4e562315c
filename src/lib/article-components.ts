/**
 * The components an MDX article may use without an import. `src/pages/[slug].astro` passes exactly
 * these (a component test keeps the two lists equal); the content check refuses any other.
 */
export const articleComponentNames = ['Callout', 'RenewalReminder', 'Steps'] as const;
