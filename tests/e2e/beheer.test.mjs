// The policy officer's workbench (beheer.html), used as a person would: open files by their label, read the
// messages, the examples and the limits table, and start the wizard with the opened files. Nothing leaves the
// origin; axe finds nothing at a laptop's and a phone's width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serverAndBrowser, ROOT } from './browser.mjs';

const shared = await serverAndBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const bestand = (rel, tekst) => ({
  name: path.basename(rel),
  mimeType: 'text/plain',
  buffer: Buffer.from(tekst ?? readFileSync(path.join(ROOT, rel), 'utf8')),
});

/** A page of the workbench, every request recorded; closed after `fn`. */
async function werkbank(fn, viewport = { width: 1280, height: 900 }) {
  const context = await shared.browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(`${shared.server.url}/beheer.html`);
    await page.getByRole('heading', { level: 1, name: 'Werkbank voor beleidsmedewerkers' }).waitFor();
    await page.getByLabel('Kies een of meer .toml-bestanden').waitFor();
    await fn(page);
  } finally {
    await context.close();
  }
  const origin = new URL(shared.server.url).origin;
  const elders = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  assert.deepEqual(elders, [], 'no request leaves the origin');
}

const open = (page, files) => page.getByLabel('Kies een of meer .toml-bestanden').setInputFiles(files);

async function axe(page, wat) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations: ${wat}`);
}

const LEIDEN = [bestand('gemeenten/leiden.toml'), bestand('gemeenten/leiden.voorbeelden.toml')];

test('a misspelled key shows the message at its line, the key marked, with "Bedoelt u"', async () => {
  const tekst = readFileSync(path.join(ROOT, 'gemeenten/leiden.toml'), 'utf8');
  const kapot = tekst.replace('naam = "Regeling Minimabeleid"', 'nam = "Regeling Minimabeleid"');
  assert.notEqual(kapot, tekst);
  const regel = kapot.split('\n').findIndex((l) => l.startsWith('nam = ')) + 1;
  await werkbank(async (page) => {
    await open(page, [bestand('gemeenten/leiden.toml', kapot)]);
    const melding = page.getByRole('listitem').filter({ hasText: `Fout in leiden.toml, regel ${regel}, kolom 1` });
    await melding.waitFor();
    assert.match(await melding.innerText(), /Bedoelt u 'naam'\?/);
    assert.equal(await melding.locator('mark').innerText(), 'nam');
    assert.match(await melding.locator('pre').innerText(), /nam = "Regeling Minimabeleid"/);
    assert.equal(await page.getByRole('button', { name: 'Start de wizard met dit bestand' }).count(), 0);
    await axe(page, 'an error at 1280 px');
  });
});

test('a valid municipal file: the examples pass, the limits table, the reach chart and the comparison', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    await werkbank(async (page) => {
      await open(page, LEIDEN);
      await page.getByText('Goedgekeurd: geen fouten, en alle voorbeelden kloppen.').waitFor();
      const voorbeelden = page.getByRole('region', { name: 'Voorbeeldhuishoudens' });
      assert.match(await voorbeelden.innerText(), /\d+ goed, 0 fout\./);
      const tabel = page.getByRole('table', { name: /^Inkomensgrenzen op .*, leiden/ });
      await tabel.waitFor();
      const rij = tabel.getByRole('row').filter({ hasText: 'Regeling Minimabeleid' }).filter({ hasText: 'alleenstaand' }).first();
      assert.match(await rij.innerText(), /€ \d\.\d{3},\d{2}/);
      await page.getByRole('img', { name: /^Grafiek: bij welk inkomen elke regeling in Leiden/ }).waitFor();
      const vergelijking = page.getByRole('region', { name: 'Vergelijking met het gepubliceerde bestand' });
      await vergelijking.getByText(/Geen verschil\./).first().waitFor();
      await axe(page, `a valid file at ${viewport.width} px`);
    }, viewport);
  }
});

test('"Start de wizard met dit bestand" runs the wizard on the opened file', async () => {
  const tekst = readFileSync(path.join(ROOT, 'regulations.toml'), 'utf8');
  const proef = tekst.replace('tekst = "In welke gemeente woont u?"', 'tekst = "In welke gemeente woont u nu?"');
  assert.notEqual(proef, tekst);
  await werkbank(async (page) => {
    await open(page, [bestand('regulations.toml', proef)]);
    await page.getByRole('button', { name: 'Start de wizard met dit bestand' }).click();
    await page.waitForURL(/index\.html\?werkbank$/);
    await page.getByText('Proef: deze wizard gebruikt de bestanden uit de werkbank').waitFor();
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.getByRole('heading', { level: 1, name: 'In welke gemeente woont u nu?' }).waitFor();
  });
  // The resident's own visit is unchanged: the published file.
  const context = await shared.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${shared.server.url}/`);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.getByRole('heading', { level: 1, name: 'In welke gemeente woont u?' }).waitFor();
    assert.equal(await page.getByText('Proef:').count(), 0);
  } finally {
    await context.close();
  }
});
