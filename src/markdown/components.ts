import Callout from '../components/Callout.astro';
import RenewalReminder from '../components/RenewalReminder.astro';
import Steps from '../components/Steps.astro';

/**
 * The components an MDX article may use without an import. The content check knows them by name
 * (src/lib/articles/components.ts); a component test keeps the two lists the same.
 */
export const articleComponents = { Callout, RenewalReminder, Steps };
