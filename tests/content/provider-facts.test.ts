import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentDir, contentProviders } from '../support/content.ts';

const providers = contentProviders();

/** Every article and provider page in content/, with its text. */
const contentFiles = [
  ...readdirSync(contentDir).filter((file) => /\.mdx?$/.test(file)),
  ...readdirSync(new URL('providers/', contentDir))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `providers/${file}`),
].map((file) => ({ file, text: readFileSync(new URL(file, contentDir), 'utf8') }));

/**
 * Nar's codes for what is left, as its Nar+ FAQ gives them: `*777#77#YES` for the internet pack, three codes for
 * the money balance. One daily pack's page gives `*777#20#YES` for that pack alone; the site once offered it as
 * Nar's data-balance code, against the FAQ it cited and against its own four-steps guide (issue 24).
 */
const narFaq = 'https://www.nar.az/en/senin-ucun/nar-plus';
const narDataBalance = '*777#77#YES';
const narBalanceCodes = [narDataBalance, '*777#YES', '*777#10#YES'];
const narCode = /\*777#(?:[0-9A-Za-z]+#)*YES/g;
const checking = /查|剩|余额|余量/;
const givesNarCode = /\*777#/;

/** The sentences of a text that give a Nar code (`*777#…`) for checking what is left. */
const narBalanceSentences = (text: string) =>
  text.split(/[。；\n]/).filter((sentence) => checking.test(sentence) && givesNarCode.test(sentence));

describe("Nar's balance codes", () => {
  test("come from Nar's own FAQ, which the Nar page lists", () => {
    const nar = providers.find(({ id }) => id === 'nar')!;
    expect(nar.data.sources.map((source) => source.url)).toContain(narFaq);
    expect(narBalanceSentences(nar.data.checkUsage.toString()).join()).toContain(narDataBalance);
  });

  test.each(contentFiles.map(({ file, text }) => [file, text] as const))(
    'are the sourced ones wherever %s gives one',
    (_, text) => {
      for (const sentence of narBalanceSentences(text)) {
        expect(sentence.match(narCode)!.filter((code) => !narBalanceCodes.includes(code)), sentence).toEqual([]);
        for (const clause of sentence.split(/[，、]|或/).filter((part) => part.includes('流量'))) {
          expect(clause.match(narCode)?.filter((code) => code !== narDataBalance) ?? [], clause).toEqual([]);
        }
      }
    },
  );
});

/** Path segments that name a language other than Chinese or English, as sellers put them in their URLs. */
const otherLanguages = new Set(
  'ar az de es et fi fil fr hi hy id it ja ko ms nl pl pt ru sq sv th tr uk vi'.split(' '),
);

test.each(providers.map(({ id, data }) => [id, data.sources] as const))(
  '%s names the language of every source that is neither Chinese nor English',
  (_, sources) => {
    const unnamed = sources.filter(
      (source) =>
        source.language === undefined &&
        new URL(source.url).pathname.split('/').some((segment) => otherLanguages.has(segment.toLowerCase())),
    );
    expect(unnamed.map((source) => source.url)).toEqual([]);
  },
);
