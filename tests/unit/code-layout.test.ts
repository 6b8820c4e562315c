import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under.ts';

/** The project's own code files under `folder`, as paths from the project root. */
const codeFiles = (folder: string) =>
  filesUnder(folder)
    .filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file) && !file.startsWith('node_modules/'))
    .map((file) => `${folder}/${file}`);

/** What each file imports: the specifier of every `import … from '…'`, `import('…')` and `export … from '…'` outside comments. */
const importsOf = (file: string) => {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
};

describe('the code layout the README describes', () => {
  test('tools/ never imports the tests or the Playwright config: what both need lives in tools/lib', () => {
    const reaching = codeFiles('tools').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /(^|\/)(tests\/|playwright\.config)/.test(specifier))
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(reaching).toEqual([]);
  });

  test('src/lib has folders only, one per thing the code serves', () => {
    expect(filesUnder('src/lib').filter((file) => !file.includes('/'))).toEqual([]);
  });

  test('the middleware carries data only: the edition, the Traditional conversion and the edition-only notes', () => {
    // What must see a page's final bytes runs once over dist/ (src/integrations/content-security-policy.ts).
    expect(importsOf('src/middleware.ts').filter((specifier) => specifier.startsWith('.'))).toEqual([
      './lib/editions/edition-notes.ts',
      './lib/editions/editions.ts',
      './lib/editions/traditional-chinese.ts',
    ]);
  });

  test('src/lib imports nothing of Astro but its zod', () => {
    const astroImports = codeFiles('src/lib').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /^astro(:|\/|$)/.test(specifier) && specifier !== 'astro/zod')
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(astroImports).toEqual([]);
  });

  test('src/offline imports Astro only in its integration and its components: the worker, precache and registration are plain TypeScript', () => {
    const mayImportAstro = (file: string) => file === 'src/offline/integration.ts' || file.endsWith('.astro');
    const astroImports = codeFiles('src/offline')
      .filter((file) => !mayImportAstro(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => /^astro(:|\/|$)/.test(specifier))
          .map((specifier) => `${file} → ${specifier}`),
      );
    expect(astroImports).toEqual([]);
  });

  test('every relative import names its file, extension included', () => {
    const bare = ['src', 'tests', 'tools'].flatMap(codeFiles).flatMap((file) =>
      importsOf(file)
        .filter(
          (specifier) => /^\.{1,2}\//.test(specifier) && !existsSync(join(dirname(file), specifier.split('?')[0]!)),
        )
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(bare).toEqual([]);
  });
});
