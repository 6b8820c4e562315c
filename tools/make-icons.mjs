// Renders the home-screen icons in public/icons/ from public/favicon.svg with Debian's Chromium.
// Run once after changing the favicon, then commit the PNGs: `tools/node_modules/.bin/node tools/make-icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { ensureDebianPackages } from './debian-packages.mjs';

ensureDebianPackages('chromium');

const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const [, background, glyph] = favicon.match(/^<svg[^>]*>(<rect[^>]*\/>)(.*)<\/svg>\s*$/s) ?? [];
if (!background || !glyph) throw new Error('public/favicon.svg：应为 <svg> 里一个背景 <rect> 加图形。');

/**
 * Full-bleed square with the glyph inside the central safe circle (80 % of the width), for icons that
 * the system crops into its own shape: Android's maskable icons and iOS's apple-touch-icon.
 */
const fullBleed = favicon
  .replace(background, background.replace(/\s*rx="[^"]*"/, ''))
  .replace(glyph, `<g transform="translate(16 16) scale(.8) translate(-17 -16)">${glyph}</g>`);

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { file, size, svg } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: true }));
  console.log(`public/icons/${file} (${size}×${size})`);
}
await browser.close();
