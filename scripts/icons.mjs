// Renders the app icons for the web app manifest from SVG with the headless Chromium the browser tests use, so no
// image tool is needed: public/icon.svg -> icon-192.png and icon-512.png; the maskable icon (full-bleed background,
// the pot inside the central safe zone) is drawn from the same shapes, scaled down.
// Usage: node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(path.join(root, 'public', 'icon.svg'), 'utf8');
// The maskable variant: no rounded corners (the platform masks it), the drawing at 78 % around the centre.
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect width="512" height="512"[^>]*\/>/, '');
const maskable =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#1c4f8c"/>' +
  `<g transform="translate(256 270) scale(0.78) translate(-256 -297)">${inner}</g></svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, size, file] of [[svg, 192, 'icon-192.png'], [svg, 512, 'icon-512.png'], [maskable, 512, 'icon-maskable-512.png']]) {
    await page.setViewportSize({ width: size, height: size });
    const url = 'data:image/svg+xml;base64,' + Buffer.from(source).toString('base64');
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${url}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(path.join(root, 'public', file), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    console.log(`public/${file}`);
  }
} finally {
  await browser.close();
}
