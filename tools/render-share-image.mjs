// Renders the default share image of each edition (public/og-default.png, public/zh-hant/og-default.png)
// from an HTML card with the machine's Chromium and Noto Sans CJK SC or TC, so the Chinese text is real
// type, not boxes. Run it again after the site name, tagline or renewal rule change:
// tools/node_modules/.bin/node tools/render-share-image.mjs   (Node 24: it imports the .ts sources)
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { editions, pathInEdition } from '../src/lib/editions/editions.ts';
import { toTraditionalChinese } from '../src/lib/editions/traditional-chinese.ts';
import { siteConfig } from '../src/site.config.ts';
import { ensureDebianPackages } from './debian-packages.mjs';

// Without the CJK fonts Chromium would draw the Chinese in a fallback font or as boxes, and say nothing.
ensureDebianPackages('chromium', 'fonts-noto-cjk');

const { width, height, path } = siteConfig.shareImage;

const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

const simplifiedCard = (lang, font) => `<!doctype html>
<html lang="${lang}">
<meta charset="utf-8">
<style>
  * { margin: 0; box-sizing: border-box; }
  body {
    width: ${width}px; height: ${height}px; padding: 80px 96px;
    display: flex; flex-direction: column; justify-content: space-between;
    background: #0b5cad; color: #ffffff;
    font-family: '${font}', sans-serif;
  }
  h1 { font-size: 84px; font-weight: 700; line-height: 1.25; }
  p.tagline { margin-top: 28px; font-size: 40px; line-height: 1.5; color: #dbeafe; }
  p.rule {
    align-self: flex-start; padding: 14px 32px; border-radius: 999px;
    background: #ffffff; color: #0b5cad; font-size: 36px; font-weight: 700;
  }
</style>
<body>
  <div>
    <h1>${escapeHtml(siteConfig.name)}</h1>
    <p class="tagline">${escapeHtml(siteConfig.tagline)}</p>
  </div>
  <p class="rule">至少在到期前 ${siteConfig.renewalLeadDays} 天续费</p>
</body>
</html>`;

const cards = [
  { file: `public${path}`, html: simplifiedCard(editions['zh-Hans'].lang, 'Noto Sans CJK SC') },
  {
    file: `public${pathInEdition(path, 'zh-Hant')}`,
    html: toTraditionalChinese(simplifiedCard(editions['zh-Hant'].lang, 'Noto Sans CJK TC')),
  },
];

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
for (const { file, html } of cards) {
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, type: 'png' });
  console.log(`${file} (${width}×${height})`);
}
await browser.close();
