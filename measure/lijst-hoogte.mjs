// How long the list is on a phone (issue 10): a single parent in Groningen with children of 6 and 13, on bijstand
// with € 1.500 a month, answers every question on the standalone page at 360 px; prints the height of the list
// screen in CSS pixels. Usage: node measure/lijst-hoogte.mjs [DIST]   (default dist; build it first)
import path from 'node:path';
import { launch } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { openApp, answerAll, answerCurrent } from '../tests/e2e/flows.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const HUISHOUDEN = {
  gemeente: 'groningen', leeftijd: 34, partner: false, kinderen: [6, 13], inkomstenbron: ['bijstand'], student: false,
  inkomen: '1500', vermogen: '300', jaren_laag_inkomen: 6, huur: '650', kinderopvang: false, schulden: false,
  genoeg_eten: true,
};
const server = await startServer(dist, 0);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await openApp(page, server.url, { datum: '2026-11-30' });
  await page.getByRole('button', { name: 'Zelf invullen' }).click();
  await answerCurrent(page, HUISHOUDEN);
  await answerAll(page, HUISHOUDEN);
  await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
  await page.locator('.pw-lijst').waitFor();
  const hoogte = await page.evaluate(() => Math.round(document.querySelector('.pw-lijst').getBoundingClientRect().height));
  const ja = await page.locator('#pw-ja-kop + ul > li, ul[aria-labelledby="pw-ja-kop"] > li').count();
  console.log(`list screen at 360 px: ${hoogte} px high, ${ja} regulations under "ja"`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
