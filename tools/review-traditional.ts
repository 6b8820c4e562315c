// `npm run review:traditional [article…]`: for each article (default: every article in content/), prints
// what its Traditional page (/zh-hant/…) changes beyond OpenCC's Taiwan phrases, the words of the watch
// list left in it and any mainland-only term, each with its line, for a Taiwanese reviewer. The lists
// live in src/lib/editions/mainland-terms.ts, the overrides in src/lib/editions/traditional-chinese.ts.
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { filesUnder } from '../src/lib/files/files-under.ts';
import { slugOfFile } from '../src/lib/articles/slug.ts';
import { isProviderFile } from '../src/lib/content-check/lint.ts';
import { providerPath } from '../src/lib/providers/providers.ts';
import { pathInEdition } from '../src/lib/editions/editions.ts';
import { formatReview, reviewTraditional } from '../src/lib/editions/traditional-review.ts';

const root = resolve(import.meta.dirname, '..');
const given = process.argv.slice(2).map((file) => resolve(file));
const articles =
  given.length > 0
    ? given
    : filesUnder(join(root, 'content'))
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => join(root, 'content', name));

for (const file of articles) {
  const slug = slugOfFile(basename(file));
  const shownFile = relative(root, file).split(sep).join('/');
  const page = pathInEdition(isProviderFile(shownFile) ? providerPath(slug) : `/${slug}/`, 'zh-Hant');
  console.log(`${formatReview(page, shownFile, reviewTraditional(readFileSync(file, 'utf8')))}\n`);
}
