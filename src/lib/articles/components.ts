/**
 * The names of the components an MDX article may use without an import (src/markdown/components.ts
 * maps them; a component test keeps the two lists equal). The content check refuses any other.
 */
export const articleComponentNames = ['Callout', 'RenewalReminder', 'Steps'] as const;
