import { getCollection, type CollectionEntry } from 'astro:content';
import { inDevServer } from '../dev-server.ts';
import { sortProviders } from '../lib/providers/providers.ts';

export type ProviderEntry = CollectionEntry<'providers'>;

/** Every published provider page's entry in table order; drafts too while `astro dev` runs. */
export async function getProviders(): Promise<ProviderEntry[]> {
  return sortProviders(await getCollection('providers', (entry) => inDevServer || !entry.data.draft));
}
