// The list as a plan (issue 10): on top how many regulations fit, what they are worth together and the first
// steps with their dates; each card folded to its name, what it gives and one action, the rest one tap away; near
// misses under "Past nu waarschijnlijk niet"; "Zet in mijn agenda" makes a calendar file on the device with only
// names and dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { serverAndBrowser } from './browser.mjs';
import { openApp, answerCurrent, answerAll, readList, evaluateCli, assertSameList } from './flows.mjs';

const shared = await serverAndBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The single parent of the issue: Groningen, children of 6 and 13, bijstand, € 1.500 a month. */
const OUDER = {
  gemeente: 'groningen', leeftijd: 34, partner: false, kinderen: [6, 13], inkomstenbron: ['bijstand'], student: false,
  inkomen: '1500', vermogen: '300', jaren_laag_inkomen: 6, huur: '650', kinderopvang: false, schulden: false,
};
/** A couple in Leiden with one child, on bijstand, renting. */
const STEL = {
  gemeente: 'leiden', leeftijd: 40, partner: true, leeftijd_partner: 41, kinderen: [8], inkomstenbron: ['bijstand'],
  student: false, inkomen: '1900', vermogen: '500', huur: '700', kinderopvang: false, schulden: false,
};
const DAG = '2026-11-30';

async function toList(page, household, viewport = { width: 360, height: 740 }) {
  await page.setViewportSize(viewport);
  await openApp(page, shared.server.url, { datum: DAG });
  await page.getByRole('button', { name: 'Zelf invullen' }).click();
  const given = [await answerCurrent(page, household), ...(await answerAll(page, household))];
  await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
  await page.getByRole('heading', { name: 'Uw plan' }).waitFor();
  return given;
}

const withPage = (fn) => shared.withPage(fn, { acceptDownloads: true });

test('the plan on top: how many fit, what they are worth together, and the first three steps', () =>
  withPage(async (page) => {
    const given = await toList(page, OUDER);
    const plan = page.getByRole('region', { name: 'Uw plan' });
    await assert.doesNotReject(plan.getByText(/^\d+ regelingen passen waarschijnlijk bij u\.$/).waitFor());
    // No regulation that fits this household has a fixed amount in the file: the plan says so instead of a sum.
    await assert.doesNotReject(plan.getByText('Hoeveel u samen krijgt, weten we niet.').waitFor());
    const stappen = await plan.getByRole('listitem').allInnerTexts();
    assert.equal(stappen.length, 3, stappen.join('\n'));
    const cli = evaluateCli(given, DAG);
    const eerste = cli.plan.slice(0, 3).map((s) => s.naam);
    stappen.forEach((s, i) => assert.ok(s.includes(eerste[i]), `step ${i + 1}: ${s}`));
    assertSameList(await readList(page), cli);
  }));

test('each card shows its name, amount and one action; the rest opens with "Meer over deze regeling"', () =>
  withPage(async (page) => {
    await toList(page, OUDER);
    const kaart = page.locator('ul[aria-labelledby="pw-ja-kop"] > li').first();
    const naam = (await kaart.getByRole('heading', { level: 3 }).innerText()).trim();
    const meer = kaart.getByText('Meer over deze regeling');
    assert.ok(!(await kaart.getByText('Neem mee:').isVisible()), 'details are folded');
    await meer.click();
    await assert.doesNotReject(kaart.getByRole('heading', { name: /Zo vraagt u het aan:|Neem mee:/ }).first().waitFor());
    assert.ok(naam.length > 0);
  }));

test('the list is much shorter at 360 px than a wall of full cards', () =>
  withPage(async (page) => {
    await toList(page, OUDER);
    const hoogte = await page.evaluate(() => document.querySelector('.pw-lijst').getBoundingClientRect().height);
    // 14,613 px before the plan (node measure/lijst-hoogte.mjs); at most half of that now.
    assert.ok(hoogte < 14613 / 2, `${Math.round(hoogte)} px`);
  }));

test('near misses are shown as information under "Past nu waarschijnlijk niet"', () =>
  withPage(async (page) => {
    await toList(page, { ...OUDER, inkomen: '1750', inkomstenbron: ['werk'] });
    const shown = await readList(page);
    const pas = shown.nee.find((r) => r.id === 'groningen_stadjerspas');
    assert.ok(pas, 'the Stadjerspas does not fit with € 1.750');
    assert.deepEqual(pas.bijna, ['Met een inkomen tot € 1.618,19 per maand komt u wel in aanmerking.']);
  }));

test('what the regulations are worth together, where the file gives amounts', () =>
  withPage(async (page) => {
    await toList(page, STEL);
    const plan = page.getByRole('region', { name: 'Uw plan' });
    await assert.doesNotReject(plan.getByText(/^Samen ongeveer €\s[\d.]+ per jaar\./).waitFor());
  }));

test('"Zet in mijn agenda" makes a calendar file with names and dates only, and nothing is sent', () =>
  withPage(async (page) => {
    await toList(page, STEL);
    const verzoeken = [];
    page.on('request', (r) => verzoeken.push(r.url()));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Zet in mijn agenda' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'potjeswijzer.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /DTSTART;VALUE=DATE:20261231\r\nSUMMARY:Laatste dag om aan te vragen: Collectieve zorgverzekering voor minima\r\n/);
    for (const antwoord of ['1900', '700', '500', 'jaar', '40', '41']) {
      assert.ok(!ics.toLowerCase().includes(antwoord), `"${antwoord}" in the calendar file`);
    }
    assert.deepEqual(verzoeken.filter((u) => !u.startsWith('data:')), [], 'nothing went over the network');
  }));

for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  test(`axe: no violations on the plan at ${viewport.width} px, folded and opened`, () =>
    withPage(async (page) => {
      await toList(page, STEL, viewport);
      for (const stand of ['folded', 'opened']) {
        if (stand === 'opened') await page.getByText('Meer over deze regeling').first().click();
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(summary, [], `${viewport.width} px, ${stand}`);
      }
    }));
}
